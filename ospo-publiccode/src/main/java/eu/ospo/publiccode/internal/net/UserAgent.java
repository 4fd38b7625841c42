package eu.ospo.publiccode.internal.net;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The one User-Agent of ospo's requests: {@code ospo/0.1.0 (publiccode.yml checks)}. */
final class UserAgent {

    /** The header value. */
    static final String VALUE = "ospo/" + version() + " (publiccode.yml checks)";

    private UserAgent() {}

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = UserAgent.class.getResourceAsStream("ospo-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String version = properties.getProperty("version", "unknown");
        return version.startsWith("${") ? "unknown" : version;
    }
}
