package eu.ospo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The version of classes run from the build directory comes from the generated resource. */
class OspoTest {

    @Test
    void versionIsTheProjectVersion() {
        String expected = System.getProperty("ospo.project.version");
        assertThat(expected).as("surefire passes the project version").isNotBlank();
        assertThat(Ospo.version()).isEqualTo(expected).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
