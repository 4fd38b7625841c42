package eu.ospo.publiccode.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The description in one language ({@code description.<lang>}).
 *
 * @param localisedName the name in this language
 * @param genericName deprecated generic name
 * @param shortDescription one line, at most 150 characters
 * @param longDescription 150 to 10,000 characters
 * @param documentation URL of the user documentation
 * @param apiDocumentation URL of the API documentation
 * @param features the key features
 * @param screenshots relative paths or URLs of screenshots
 * @param videos URLs of videos (oEmbed providers)
 * @param awards awards received
 */
public record Description(
        Optional<String> localisedName,
        Optional<String> genericName,
        String shortDescription,
        String longDescription,
        Optional<String> documentation,
        Optional<String> apiDocumentation,
        List<String> features,
        List<String> screenshots,
        List<String> videos,
        List<String> awards) {

    /** Checks for nulls and copies the lists. */
    public Description {
        Objects.requireNonNull(localisedName, "localisedName");
        Objects.requireNonNull(genericName, "genericName");
        Objects.requireNonNull(shortDescription, "shortDescription");
        Objects.requireNonNull(longDescription, "longDescription");
        Objects.requireNonNull(documentation, "documentation");
        Objects.requireNonNull(apiDocumentation, "apiDocumentation");
        features = List.copyOf(features);
        screenshots = List.copyOf(screenshots);
        videos = List.copyOf(videos);
        awards = List.copyOf(awards);
    }
}
