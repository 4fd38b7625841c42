package eu.ospo.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.ospo.governance.check.RepositoryCheck;
import eu.ospo.governance.rules.Ruleset;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.yaml.NotRegularFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only regular files are read: every {@code parse(Path)} refuses a FIFO (which would block until a
 * writer comes) and a directory with a {@link NotRegularFileException}, at once.
 */
class NotRegularFileTest {

    /** Far above the milliseconds a refusal takes; a regression blocks until {@link Fifo#release}. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private static List<ThrowingSupplier<?>> parses(Path file) {
        return List.of(
                () -> PubliccodeParser.builder().build().parse(file),
                () -> GovernanceParser.builder().build().parse(file),
                () -> Ruleset.parse(file));
    }

    private static void assertRefused(Path file, String reason, ThrowingSupplier<?> parse) throws IOException {
        try {
            assertThatThrownBy(() -> assertTimeoutPreemptively(PROMPTLY, parse))
                    .isInstanceOf(NotRegularFileException.class)
                    .hasMessage(file + ": " + reason);
        } finally {
            if (Files.exists(file) && !Files.isDirectory(file)) {
                Fifo.release(file);
            }
        }
    }

    @Test
    void aFifoIsRefusedAtOnceByEveryParser() throws Exception {
        Path fifo = Fifo.create(dir.resolve("p.yml"));

        for (ThrowingSupplier<?> parse : parses(fifo)) {
            assertRefused(fifo, "not a regular file (a FIFO, device or socket)", parse);
        }
    }

    @Test
    void aDirectoryIsRefusedByEveryParser() throws Exception {
        Path directory = Files.createDirectory(dir.resolve("d.yml"));

        for (ThrowingSupplier<?> parse : parses(directory)) {
            assertRefused(directory, "is a directory", parse);
        }
    }

    @Test
    void aFifoInARepositoryIsAnErrorNotSkipped() throws Exception {
        RepositoryCheck check =
                RepositoryCheck.builder().date(LocalDate.of(2026, 1, 1)).build();
        for (String name : List.of("governance.yml", "publiccode.yml", "publiccode.yaml")) {
            Path repository = Files.createDirectory(dir.resolve("repo-" + name));
            Path fifo = Fifo.create(repository.resolve(name));

            assertRefused(fifo, "not a regular file (a FIFO, device or socket)", () -> check.check(repository));
        }
    }

    @Test
    void aSymbolicLinkToARegularFileIsRead() throws Exception {
        Path target = Files.writeString(dir.resolve("target.yml"), "rulesetVersion: \"0.1\"\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.yml"), target);

        assertThat(Ruleset.parse(link).isValid()).isTrue();
    }
}
