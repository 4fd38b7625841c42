package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML dashboard from the command line: {@code governance report} (html by default, exit 0 once
 * written), {@code governance check --format html} and {@code check --format html} (exit status as
 * for text).
 */
class HtmlReportCommandTest {

    private static final String EXAMPLE = Examples.SHARED_PERMITS.toString();

    /**
     * Before the example's first agreement starts (2025-01-01) nobody maintains it: error-severity rules
     * fail (its agreements renew automatically, so no later date fails).
     */
    private static final String BEFORE_THE_AGREEMENTS = "2024-06-01";

    @TempDir
    Path dir;

    private static void assertDashboard(Cli.Run run) {
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .endsWith("</html>\n")
                .contains("<title>Shared Permits community · governance dashboard</title>")
                .contains("class=\"chart timeline\"", "data-agreement=\"mnt-collina-2025\"")
                .contains("class=\"chart shares organisations\"")
                .contains("data-rule=\"AGR-EXPIRING\"");
    }

    @Test
    void governanceReportWritesTheDashboardByDefault() {
        Cli.Run run = Cli.runOn(Examples.DOCS_DATE, "governance", "report", EXAMPLE);

        assertThat(run.exit()).isZero();
        assertDashboard(run);
        assertThat(run.out()).contains("evaluated on 2026-12-01 with ruleset default");
    }

    @Test
    void aReportIsWrittenAndExitsZeroEvenWhenRulesFailWhileCheckFails() {
        Cli.Run report =
                Cli.runOn(Examples.DOCS_DATE, "governance", "report", "--date", BEFORE_THE_AGREEMENTS, EXAMPLE);
        Cli.Run check = Cli.runOn(
                Examples.DOCS_DATE,
                "governance",
                "check",
                "--format",
                "html",
                "--date",
                BEFORE_THE_AGREEMENTS,
                EXAMPLE);

        assertThat(report.exit()).isZero();
        assertThat(check.exit()).isEqualTo(1);
        assertThat(report.out())
                .isEqualTo(check.out())
                .startsWith("<!DOCTYPE html>")
                .contains("class=\"verdict failed\"", "no effort committed by active agreements");
    }

    @Test
    void governanceReportWritesTheOtherFormatsToo() {
        Cli.Run report = Cli.runOn(Examples.DOCS_DATE, "governance", "report", "--format", "markdown", EXAMPLE);
        Cli.Run check = Cli.runOn(Examples.DOCS_DATE, "governance", "check", "--format", "markdown", EXAMPLE);

        assertThat(report.exit()).isZero();
        assertThat(report.out()).startsWith("# Governance check").isEqualTo(check.out());
    }

    @Test
    void governanceReportHasTheInputErrorsOfCheck() {
        Cli.Run run = Cli.runOn(
                Examples.DOCS_DATE,
                "governance",
                "report",
                dir.resolve("missing").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no such directory");
    }

    @Test
    void checkWritesTheDashboardWithTheExitStatusOfTheTextCheck() {
        Cli.Run valid = Cli.runOn(Examples.DOCS_DATE, "check", "--format", "HTML", EXAMPLE);
        Cli.Run failing =
                Cli.runOn(Examples.DOCS_DATE, "check", "--format", "html", "--date", BEFORE_THE_AGREEMENTS, EXAMPLE);

        assertThat(valid.exit()).isZero();
        assertDashboard(valid);
        assertThat(failing.exit()).isEqualTo(1);
        assertThat(failing.out()).contains("class=\"verdict failed\"");
    }

    @Test
    void checkShowsThePubliccodeProblemsEvenWithoutGovernanceYml() {
        Path repository = dir.resolve("repo");
        Fixtures.write(repository.resolve("publiccode.yml"), Fixtures.INVALID);

        Cli.Run run = Cli.runOn(Examples.DOCS_DATE, "check", "--format", "html", repository.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .startsWith("<!DOCTYPE html>")
                .contains("<code>publiccode.yml:" + Fixtures.DEVELOPMENT_STATUS_LINE + ":1 developmentStatus</code>")
                .doesNotContain("<svg");
    }

    @Test
    void checkTakesTheReportFormats() {
        Cli.Run run = Cli.runOn(Examples.DOCS_DATE, "check", "--format", "pdf", EXAMPLE);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("expected text, json, sarif, markdown, github or html but was 'pdf'");
    }
}
