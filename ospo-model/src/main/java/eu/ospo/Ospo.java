package eu.ospo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.util.Optional;
import java.util.Properties;

/** Facts about the ospo library itself. */
public final class Ospo {

    /** What {@link #version()} answers when neither the manifest nor the build says. */
    public static final String UNKNOWN_VERSION = "unknown";

    private static final String VERSION = findVersion();

    private Ospo() {}

    /**
     * The library's version, for example {@code 0.1.0-SNAPSHOT}: the {@code Implementation-Version}
     * of the jar's manifest (on the class path), else the version of the {@code eu.ospo.model}
     * module (on the module path, where the JDK does not read the manifest's package attributes; the
     * build writes the same version into both), else, for classes run from a build directory as in
     * tests, the version the build wrote into {@code eu/ospo/version.properties}, else {@value
     * #UNKNOWN_VERSION}.
     *
     * @return the version
     */
    public static String version() {
        return VERSION;
    }

    private static String findVersion() {
        return Optional.ofNullable(Ospo.class.getPackage().getImplementationVersion())
                .or(Ospo::moduleVersion)
                .or(Ospo::builtVersion)
                .filter(v -> !v.isBlank())
                .orElse(UNKNOWN_VERSION);
    }

    private static Optional<String> moduleVersion() {
        return Optional.ofNullable(Ospo.class.getModule().getDescriptor()).flatMap(ModuleDescriptor::rawVersion);
    }

    private static Optional<String> builtVersion() {
        Properties properties = new Properties();
        try (InputStream input = Ospo.class.getResourceAsStream("version.properties")) {
            if (input == null) {
                return Optional.empty();
            }
            properties.load(input);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read eu/ospo/version.properties", e);
        }
        // an unfiltered file (an IDE copying resources as they are) still says ${project.version}
        return Optional.ofNullable(properties.getProperty("version")).filter(v -> !v.startsWith("${"));
    }
}
