package eu.ospo.governance.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

/** The examples module's repository folder, and copies of it to change in a test. */
final class ExampleRepository {

    /** Surefire runs in the module directory; the example lives in the examples module. */
    static final Path SHARED_PERMITS = Path.of("..", "examples", "repositories", "shared-permits");

    /** Comune di Collina Esempio's agreement ends 61 days later: AGR-EXPIRING warns. */
    static final LocalDate DOCS_DATE = LocalDate.of(2026, 12, 1);

    private ExampleRepository() {}

    /** Copies the example folder into {@code target} (created if needed). */
    static Path copy(Path target) {
        try (Stream<Path> files = Files.list(SHARED_PERMITS)) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one exact, unique piece of text in a file. */
    static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalArgumentException("not exactly once in " + file + ": " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
