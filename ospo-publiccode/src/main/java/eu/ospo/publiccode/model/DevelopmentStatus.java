package eu.ospo.publiccode.model;

import java.util.Optional;

/** The values of {@code developmentStatus}, with their YAML spelling. */
public enum DevelopmentStatus {
    /** {@code concept}. */
    CONCEPT("concept"),
    /** {@code development}. */
    DEVELOPMENT("development"),
    /** {@code beta}. */
    BETA("beta"),
    /** {@code stable}. */
    STABLE("stable"),
    /** {@code obsolete}. */
    OBSOLETE("obsolete");

    private final String value;

    DevelopmentStatus(String value) {
        this.value = value;
    }

    /**
     * The value as written in publiccode.yml.
     *
     * @return the YAML spelling
     */
    public String value() {
        return value;
    }

    /**
     * The constant with this YAML spelling (case-sensitive).
     *
     * @param value the spelling
     * @return the constant, or empty
     */
    public static Optional<DevelopmentStatus> fromValue(String value) {
        for (DevelopmentStatus candidate : values()) {
            if (candidate.value.equals(value)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
