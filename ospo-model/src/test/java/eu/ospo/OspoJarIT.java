package eu.ospo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar names its version in the manifest and the module descriptor, and {@link
 * Ospo#version()} reads it from there on the class path and on the module path.
 */
class OspoJarIT {

    private final String expected = System.getProperty("ospo.project.version");
    private final Path jar = Path.of(System.getProperty("ospo.jar"));

    @Test
    void manifestHasTheImplementationVersion() throws IOException {
        assertThat(jar).exists();
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Implementation-Version"))
                    .isEqualTo(expected);
        }
    }

    @Test
    void onTheClassPathTheVersionComesFromTheManifest() throws Exception {
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> ospo = Class.forName("eu.ospo.Ospo", true, loader);
            assertThat(ospo.getPackage().getImplementationVersion()).isEqualTo(expected);
            assertThat(ospo.getMethod("version").invoke(null)).isEqualTo(expected);
        }
    }

    @Test
    void onTheModulePathTheVersionComesFromTheModuleDescriptor() throws Exception {
        Path jspecify = Path.of(org.jspecify.annotations.NullMarked.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path validation = Path.of(jakarta.validation.Validation.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        assertThat(Files.isRegularFile(validation)).isTrue();
        ModuleFinder finder = ModuleFinder.of(jar, jspecify, validation);
        Configuration configuration =
                ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("eu.ospo.model"));
        ModuleLayer layer =
                ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        Class<?> ospo = layer.findLoader("eu.ospo.model").loadClass("eu.ospo.Ospo");
        assertThat(ospo.getModule().getDescriptor().rawVersion()).contains(expected);
        assertThat(ospo.getPackage().getImplementationVersion()).isNull(); // the JDK ignores it here
        assertThat(ospo.getMethod("version").invoke(null)).isEqualTo(expected);
    }
}
