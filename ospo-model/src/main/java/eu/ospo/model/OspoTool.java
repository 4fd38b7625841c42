package eu.ospo.model;

import eu.ospo.model.validation.AbsoluteUri;
import eu.ospo.model.validation.NotBlankIfPresent;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * A tool the OSPO offers the community's projects ({@code ospo.tooling[]}): a forge, a CI template,
 * a dashboard, a licence scanner.
 *
 * @param name the tool's name
 * @param url where to find it
 * @param description what it is for
 */
public record OspoTool(
        @NotBlank String name, @NotBlank @AbsoluteUri String url, Optional<@NotBlankIfPresent String> description) {

    /** Checks for nulls. */
    public OspoTool {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(description, "description");
    }
}
