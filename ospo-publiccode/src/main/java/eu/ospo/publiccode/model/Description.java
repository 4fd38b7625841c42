package eu.ospo.publiccode.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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

    /**
     * A description with the keys the standard requires and nothing else; add the rest with the
     * {@code with...} methods.
     *
     * @param shortDescription one line, at most 150 characters
     * @param longDescription 150 to 10,000 characters
     * @param features the key features
     * @return the description
     */
    public static Description of(String shortDescription, String longDescription, List<String> features) {
        return new Description(
                Optional.empty(),
                Optional.empty(),
                shortDescription,
                longDescription,
                Optional.empty(),
                Optional.empty(),
                features,
                List.of(),
                List.of(),
                List.of());
    }

    /**
     * A copy with {@code localisedName} replaced; every other component is kept.
     *
     * @param localisedName the name in this language
     * @return the copy
     */
    public Description withLocalisedName(Optional<String> localisedName) {
        return copy(c -> c.localisedName = localisedName);
    }

    /**
     * A copy with {@code genericName} replaced; every other component is kept.
     *
     * @param genericName deprecated generic name
     * @return the copy
     */
    public Description withGenericName(Optional<String> genericName) {
        return copy(c -> c.genericName = genericName);
    }

    /**
     * A copy with {@code shortDescription} replaced; every other component is kept.
     *
     * @param shortDescription one line, at most 150 characters
     * @return the copy
     */
    public Description withShortDescription(String shortDescription) {
        return copy(c -> c.shortDescription = shortDescription);
    }

    /**
     * A copy with {@code longDescription} replaced; every other component is kept.
     *
     * @param longDescription 150 to 10,000 characters
     * @return the copy
     */
    public Description withLongDescription(String longDescription) {
        return copy(c -> c.longDescription = longDescription);
    }

    /**
     * A copy with {@code documentation} replaced; every other component is kept.
     *
     * @param documentation URL of the user documentation
     * @return the copy
     */
    public Description withDocumentation(Optional<String> documentation) {
        return copy(c -> c.documentation = documentation);
    }

    /**
     * A copy with {@code apiDocumentation} replaced; every other component is kept.
     *
     * @param apiDocumentation URL of the API documentation
     * @return the copy
     */
    public Description withApiDocumentation(Optional<String> apiDocumentation) {
        return copy(c -> c.apiDocumentation = apiDocumentation);
    }

    /**
     * A copy with {@code features} replaced; every other component is kept.
     *
     * @param features the key features
     * @return the copy
     */
    public Description withFeatures(List<String> features) {
        return copy(c -> c.features = features);
    }

    /**
     * A copy with {@code screenshots} replaced; every other component is kept.
     *
     * @param screenshots relative paths or URLs of screenshots
     * @return the copy
     */
    public Description withScreenshots(List<String> screenshots) {
        return copy(c -> c.screenshots = screenshots);
    }

    /**
     * A copy with {@code videos} replaced; every other component is kept.
     *
     * @param videos URLs of videos (oEmbed providers)
     * @return the copy
     */
    public Description withVideos(List<String> videos) {
        return copy(c -> c.videos = videos);
    }

    /**
     * A copy with {@code awards} replaced; every other component is kept.
     *
     * @param awards awards received
     * @return the copy
     */
    public Description withAwards(List<String> awards) {
        return copy(c -> c.awards = awards);
    }

    private Description copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The components of a record being copied; each wither changes one. */
    private static final class Copy {
        private Optional<String> localisedName;
        private Optional<String> genericName;
        private String shortDescription;
        private String longDescription;
        private Optional<String> documentation;
        private Optional<String> apiDocumentation;
        private List<String> features;
        private List<String> screenshots;
        private List<String> videos;
        private List<String> awards;

        Copy(Description r) {
            localisedName = r.localisedName;
            genericName = r.genericName;
            shortDescription = r.shortDescription;
            longDescription = r.longDescription;
            documentation = r.documentation;
            apiDocumentation = r.apiDocumentation;
            features = r.features;
            screenshots = r.screenshots;
            videos = r.videos;
            awards = r.awards;
        }

        Description build() {
            return new Description(
                    localisedName,
                    genericName,
                    shortDescription,
                    longDescription,
                    documentation,
                    apiDocumentation,
                    features,
                    screenshots,
                    videos,
                    awards);
        }
    }
}
