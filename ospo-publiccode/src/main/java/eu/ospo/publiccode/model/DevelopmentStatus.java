package eu.ospo.publiccode.model;

import eu.ospo.model.Keyword;

/** The values of {@code developmentStatus}, with their YAML spelling. */
public enum DevelopmentStatus implements Keyword {
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
    @Override
    public String value() {
        return value;
    }
}
