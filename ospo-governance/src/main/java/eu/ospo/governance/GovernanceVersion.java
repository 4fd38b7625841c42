package eu.ospo.governance;

import java.util.List;

/** The {@code governanceYmlVersion} values this library reads and writes. */
public final class GovernanceVersion {

    /** The latest version of the format, and the one {@link GovernanceWriter} users should declare. */
    public static final String LATEST = "0.1";

    /** Every accepted value. */
    public static final List<String> SUPPORTED = List.of(LATEST);

    /**
     * Where the JSON Schema of the latest version is on the class path (in this module, {@code
     * GovernanceVersion.class.getResourceAsStream("governance.schema.json")}).
     */
    public static final String SCHEMA_RESOURCE = "/eu/ospo/governance/governance.schema.json";

    private GovernanceVersion() {}

    /**
     * Whether a declared version is accepted.
     *
     * @param version the value of {@code governanceYmlVersion}
     * @return true if supported
     */
    public static boolean isSupported(String version) {
        return SUPPORTED.contains(version);
    }
}
