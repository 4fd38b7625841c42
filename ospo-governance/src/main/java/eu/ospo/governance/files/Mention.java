package eu.ospo.governance.files;

import java.util.Objects;

/**
 * Something found in a text file (an e-mail address, a URL) and where.
 *
 * @param line the 1-based line
 * @param column the 1-based column
 * @param value the text found (e-mail addresses in lower case)
 */
public record Mention(int line, int column, String value) {

    /** Checks for nulls. */
    public Mention {
        Objects.requireNonNull(value, "value");
    }
}
