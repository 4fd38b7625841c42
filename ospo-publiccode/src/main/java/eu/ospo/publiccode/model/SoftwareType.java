package eu.ospo.publiccode.model;

import java.util.Optional;

/** The values of {@code softwareType}, with their YAML spelling. */
public enum SoftwareType {
    /** {@code standalone/mobile}. */
    STANDALONE_MOBILE("standalone/mobile"),
    /** {@code standalone/iot}. */
    STANDALONE_IOT("standalone/iot"),
    /** {@code standalone/desktop}. */
    STANDALONE_DESKTOP("standalone/desktop"),
    /** {@code standalone/web}. */
    STANDALONE_WEB("standalone/web"),
    /** {@code standalone/backend}. */
    STANDALONE_BACKEND("standalone/backend"),
    /** {@code standalone/other}. */
    STANDALONE_OTHER("standalone/other"),
    /** {@code addon}. */
    ADDON("addon"),
    /** {@code library}. */
    LIBRARY("library"),
    /** {@code configurationFiles}. */
    CONFIGURATION_FILES("configurationFiles");

    private final String value;

    SoftwareType(String value) {
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
    public static Optional<SoftwareType> fromValue(String value) {
        for (SoftwareType candidate : values()) {
            if (candidate.value.equals(value)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
