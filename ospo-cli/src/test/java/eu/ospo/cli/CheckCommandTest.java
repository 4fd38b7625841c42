package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    /** Surefire runs in the module directory; the example lives in the examples module. */
    private static final Path SHARED_PERMITS = Path.of("..", "examples", "repositories", "shared-permits");

    @TempDir
    Path dir;

    @Test
    void theExampleRepositoryPasses() {
        assertThat(SHARED_PERMITS.resolve("publiccode.yml")).isRegularFile();

        Cli.Run run = Cli.run("check", SHARED_PERMITS.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList())
                .startsWith("ospo check: " + SHARED_PERMITS, "", "publiccode.yml")
                .contains("  file:    " + SHARED_PERMITS.resolve("publiccode.yml"), "  verdict: valid")
                .endsWith("", "result: valid");
    }

    @Test
    void aBrokenFileFailsWithErrorsListedBeforeWarnings() {
        Fixtures.write(dir.resolve("publiccode.yml"), Fixtures.INVALID_WITH_WARNING);

        Cli.Run run = Cli.run("check", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).contains("  verdict: invalid (1 error, 1 warning)", "result: invalid (1 error, 1 warning)");
        int errors = lines.indexOf("  errors:");
        int warnings = lines.indexOf("  warnings:");
        assertThat(errors).isPositive();
        assertThat(warnings).isGreaterThan(errors);
        assertThat(lines.get(errors + 1))
                .matches("    " + Fixtures.DEVELOPMENT_STATUS_LINE
                        + ":\\d+  developmentStatus: .+ \\[value.not-allowed]");
        assertThat(lines.get(warnings + 1)).matches("    \\d+:\\d+  legal.repoOwner: .+ \\[field.deprecated]");
    }

    @Test
    void readsPubliccodeYamlWhenThereIsNoYml() {
        Fixtures.write(dir.resolve("publiccode.yaml"), Fixtures.VALID);

        Cli.Run run = Cli.run("check", dir.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("  file:    " + dir.resolve("publiccode.yaml"));
    }

    @Test
    void aDirectoryWithoutPubliccodeIsAnInputError() {
        Cli.Run run = Cli.run("check", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("ospo: " + dir + ": no publiccode.yml or publiccode.yaml in this directory"
                        + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingDirectoryIsAnInputError() {
        String nowhere = dir.resolve("nowhere").toString();

        Cli.Run run = Cli.run("check", nowhere);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ospo: " + nowhere + ": no such directory" + System.lineSeparator());
    }

    @Test
    void noDirectoryIsAUsageError() {
        Cli.Run run = Cli.run("check");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("DIR").contains("Usage:");
    }
}
