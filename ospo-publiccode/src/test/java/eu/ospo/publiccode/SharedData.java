package eu.ospo.publiccode;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the project's shared test data ({@code ../shared}: conformance inputs and the real
 * corpus), which is not part of this repository. Tests that need it skip with a clear message when
 * it is absent, as in a user's clone; CI has it.
 */
public final class SharedData {

    private SharedData() {}

    /**
     * The shared directory: the {@code ospo.shared.dir} system property (set by the build), else
     * {@code ../shared} next to the repository.
     *
     * @return the path (may not exist)
     */
    public static Path root() {
        String property = System.getProperty("ospo.shared.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        return Path.of("..", "..", "shared").toAbsolutePath().normalize();
    }

    /**
     * A folder below the shared directory; skips the calling test when it is absent.
     *
     * @param relative the folder, for example {@code corpus/publiccode-real}
     * @return the folder
     */
    public static Path require(String relative) {
        Path dir = root().resolve(relative);
        assumeTrue(
                Files.isDirectory(dir),
                () -> "skipped: shared test data not found at " + dir
                        + " (clone the project's shared data next to the repository to run this test)");
        return dir;
    }
}
