package eu.ospo.publiccode.model;

import eu.ospo.model.Keyword;

/** The values of {@code softwareType}, with their YAML spelling. */
public enum SoftwareType implements Keyword {
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
    @Override
    public String value() {
        return value;
    }
}
