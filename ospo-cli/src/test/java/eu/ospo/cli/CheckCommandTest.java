package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final Path SHARED_PERMITS = Examples.SHARED_PERMITS;

    @TempDir
    Path dir;

    @Test
    void theExampleRepositoryPassesBothChecksWithTheExpiringAgreementAsAWarning() {
        assertThat(SHARED_PERMITS.resolve("publiccode.yml")).isRegularFile();
        assertThat(SHARED_PERMITS.resolve("governance.yml")).isRegularFile();

        Cli.Run run = Cli.runOn(Examples.DOCS_DATE, "check", SHARED_PERMITS.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines)
                .startsWith("ospo check: " + SHARED_PERMITS, "", "publiccode.yml")
                .contains("  file:    " + SHARED_PERMITS.resolve("publiccode.yml"), "  verdict: valid")
                .contains("governance.yml", "  file:    " + SHARED_PERMITS.resolve("governance.yml"));
        assertThat(lines)
                .anySatisfy(line ->
                        assertThat(line).startsWith("  rules:   evaluated on 2026-12-01 with ruleset default: "));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .matches("    \\d+:\\d+  agreements\\[1]\\S*: .*mnt-collina-2025.* \\[AGR-EXPIRING]"));
        assertThat(lines.get(lines.size() - 1)).startsWith("result: valid (").contains("warning");
    }

    @Test
    void theDateOptionReachesTheGovernanceRules() {
        Cli.Run run = Cli.runOn(Examples.DOCS_DATE, "check", "--date", "2026-10-01", SHARED_PERMITS.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("  rules:   evaluated on 2026-10-01 ").doesNotContain("[AGR-EXPIRING]");
    }

    @Test
    void aFailingGovernanceRuleFailsTheCheck() {
        Path copy = Examples.copy(dir.resolve("repo"));
        Examples.edit(copy.resolve("governance.yml"), "maintenanceType: community", "maintenanceType: internal");

        Cli.Run run = Cli.runOn(Examples.DOCS_DATE, "check", copy.toString());

        assertThat(run.exit()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        int governance = lines.indexOf("governance.yml");
        assertThat(governance).isPositive();
        assertThat(lines.get(governance + 2)).startsWith("  verdict: invalid (1 error");
        assertThat(lines.subList(governance, lines.size()))
                .anySatisfy(
                        line -> assertThat(line)
                                .matches(
                                        "    \\d+:\\d+  projects\\[0]\\.maintenanceType: .*\\(publiccode\\.yml:\\d+:\\d+ maintenance\\.type\\) \\[XF-PROJECT-LINKED]"));
        assertThat(lines.get(lines.size() - 1)).startsWith("result: invalid (1 error");
    }

    @Test
    void errorsInGovernanceYmlFailTheCheckAndNoRulesRun() {
        Fixtures.write(dir.resolve("publiccode.yml"), Fixtures.VALID);
        Fixtures.write(dir.resolve("governance.yml"), "governanceYmlVersion: \"0.1\"\ncommunity: [not, a, mapping]\n");

        Cli.Run run = Cli.runOn(Examples.DOCS_DATE, "check", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        int governance = lines.indexOf("governance.yml");
        assertThat(lines.subList(governance, lines.size()))
                .contains("  rules:   not evaluated", "  errors:")
                .anySatisfy(line -> assertThat(line).matches("    2:\\d+  community: .+"));
        assertThat(lines.get(lines.size() - 1)).startsWith("result: invalid (");
    }

    @Test
    void aBadDateIsAUsageError() {
        Cli.Run run = Cli.run("check", "--date", "2026-02-30", SHARED_PERMITS.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("ospo: --date 2026-02-30: not a date (expected YYYY-MM-DD)" + System.lineSeparator());
    }

    @Test
    void aDateOutsideTheSupportedRangeIsAUsageError() {
        Cli.Run run = Cli.run("check", "--date", "+999999999-12-31", SHARED_PERMITS.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("ospo: --date +999999999-12-31: outside the supported range 1900-01-01 to 9999-12-31"
                        + System.lineSeparator());
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
