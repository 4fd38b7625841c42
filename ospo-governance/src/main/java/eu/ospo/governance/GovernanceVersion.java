package eu.ospo.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The {@code governanceYmlVersion} values this library reads and writes. */
public final class GovernanceVersion {

    /** The latest version of the format, and the one {@link GovernanceWriter} users should declare. */
    public static final String LATEST = "0.2";

    /**
     * Every accepted value, oldest first. A 0.1 file reads as before; 0.2 adds {@code teams}, {@code
     * ospo}, {@code projects[].ruleset} and {@code rulesetWaiver}, and resolves the {@code team} and
     * {@code coder} of community-time reports as ids.
     */
    public static final List<String> SUPPORTED = List.of("0.1", LATEST);

    /**
     * Where the JSON Schema of the latest version is in this library's jar. On the module path the
     * resource is encapsulated; read it with {@link #jsonSchema()}.
     */
    public static final String SCHEMA_RESOURCE = "/eu/ospo/governance/governance.schema.json";

    private GovernanceVersion() {}

    /**
     * The JSON Schema (draft 2020-12) of the latest version, the same text as {@code
     * governance.schema.json} in the repository: for editors, or for validating governance.yml files
     * with a JSON Schema library.
     *
     * @return the schema, as JSON text
     * @throws UncheckedIOException if the bundled resource cannot be read (a broken installation)
     */
    public static String jsonSchema() {
        try (InputStream in = GovernanceVersion.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource missing: " + SCHEMA_RESOURCE));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
