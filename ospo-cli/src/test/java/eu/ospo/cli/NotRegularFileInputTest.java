package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FIFO (or a directory) where a file is expected is an input error, exit status 2, at once: never a
 * hang, never silently skipped.
 */
class NotRegularFileInputTest {

    /** Far above the milliseconds a refusal takes; a regression blocks until {@link Fifo#release}. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    private static final String FIFO = "not a regular file (a FIFO, device or socket)";

    @TempDir
    Path dir;

    private static Cli.Run runPromptly(Path fifo, String... args) throws Exception {
        try {
            return assertTimeoutPreemptively(PROMPTLY, () -> Cli.runOn(Examples.DOCS_DATE, args));
        } finally {
            Fifo.release(fifo);
        }
    }

    @Test
    void validateRefusesAFifo() throws Exception {
        Path fifo = Fifo.create(dir.resolve("p.yml"));

        Cli.Run run = runPromptly(fifo, "publiccode", "validate", fifo.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ospo: " + fifo + ": " + FIFO + System.lineSeparator());
    }

    @Test
    void aFifoRulesetIsAnInputError() throws Exception {
        Path fifo = Fifo.create(dir.resolve("ruleset.yml"));

        Cli.Run run = runPromptly(
                fifo, "governance", "check", "--ruleset", fifo.toString(), Examples.SHARED_PERMITS.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ospo: --ruleset " + fifo + ": " + FIFO + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFifoGovernanceYmlInCheckIsAnInputErrorNotSkipped() throws Exception {
        Path copy = Examples.copy(dir.resolve("repo"));
        Files.delete(copy.resolve("governance.yml"));
        Path fifo = Fifo.create(copy.resolve("governance.yml"));

        Cli.Run run = runPromptly(fifo, "check", copy.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ospo: " + fifo + ": " + FIFO + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aDirectoryRulesetIsAnInputError() {
        Cli.Run run = Cli.runOn(
                Examples.DOCS_DATE,
                "governance",
                "check",
                "--ruleset",
                dir.toString(),
                Examples.SHARED_PERMITS.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ospo: --ruleset " + dir + ": is a directory" + System.lineSeparator());
    }
}
