package eu.ospo.governance.files;

import java.util.Objects;

/**
 * A heading of a Markdown (or reStructuredText) document.
 *
 * @param line the 1-based line
 * @param level 1 to 6
 * @param text the heading's text
 */
public record Heading(int line, int level, String text) {

    /** Checks for nulls. */
    public Heading {
        Objects.requireNonNull(text, "text");
    }
}
