package eu.ospo.publiccode.model;

import java.util.Optional;

/** The values of {@code maintenance.type}, with their YAML spelling. */
public enum MaintenanceType {
    /** {@code internal}. */
    INTERNAL("internal"),
    /** {@code contract}. */
    CONTRACT("contract"),
    /** {@code community}. */
    COMMUNITY("community"),
    /** {@code none}. */
    NONE("none");

    private final String value;

    MaintenanceType(String value) {
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
    public static Optional<MaintenanceType> fromValue(String value) {
        for (MaintenanceType candidate : values()) {
            if (candidate.value.equals(value)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
