package eu.ospo.problem;

import java.util.Objects;

/**
 * Where something is: a file, a key path in dotted form, and a 1-based position (0:0 when unknown).
 *
 * @param file the file name as the user knows it, for example {@code governance.yml}
 * @param key the key path, for example {@code agreements[1].end}; empty for the whole file
 * @param line 1-based line, or 0
 * @param column 1-based column, or 0
 */
public record Location(String file, String key, int line, int column) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a position is negative
     */
    public Location {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    /**
     * A location without a known position.
     *
     * @param file the file
     * @param key the key path
     * @return the location at 0:0
     */
    public static Location of(String file, String key) {
        return new Location(file, key, 0, 0);
    }
}
