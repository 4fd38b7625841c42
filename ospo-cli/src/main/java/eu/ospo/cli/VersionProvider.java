package eu.ospo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into {@code eu/ospo/cli/version.properties}. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream input = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (input != null) {
                properties.load(input);
            }
        }
        return new String[] {"ospo " + properties.getProperty("version", "(unknown version)")};
    }
}
