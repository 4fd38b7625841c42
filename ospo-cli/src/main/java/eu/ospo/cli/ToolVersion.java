package eu.ospo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven wrote into {@code eu/ospo/cli/version.properties}. */
public final class ToolVersion {

    private ToolVersion() {}

    /**
     * The version number, for example {@code 0.1.0-SNAPSHOT}.
     *
     * @return the version, or {@code unknown} when the build wrote none
     */
    public static String number() {
        Properties properties = new Properties();
        try (InputStream input = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (input != null) {
                properties.load(input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
