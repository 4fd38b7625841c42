package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GovernanceCheckCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final String EXAMPLE = Examples.SHARED_PERMITS.toString();

    @TempDir
    Path dir;

    private static Cli.Run check(String... args) {
        List<String> all = new ArrayList<>(List.of("governance", "check"));
        all.addAll(List.of(args));
        return Cli.runOn(Examples.DOCS_DATE, all.toArray(String[]::new));
    }

    private static List<String> failing(Cli.Run run) {
        return run.out().lines().filter(l -> l.matches("  \\S+ +FAIL .*")).toList();
    }

    @Test
    void theExamplePassesWithAWarningAboutTheExpiringAgreement() {
        Cli.Run run = check(EXAMPLE);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("governance check on 2026-12-01, ruleset default\n");
        assertThat(failing(run))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("  WARNING FAIL     AGR-EXPIRING: ")
                        .contains("mnt-collina-2025"))
                .noneSatisfy(line -> assertThat(line).startsWith("  ERROR"));
        assertThat(run.out()).containsPattern("\nresult: passed \\(.*\\)\n$");
    }

    @Test
    void theDateDecidesWhetherTheAgreementIsExpiring() {
        Cli.Run early = check("--date", Examples.EARLY_DATE.toString(), EXAMPLE);

        assertThat(early.exit()).isZero();
        assertThat(early.out()).startsWith("governance check on 2026-10-01,");
        assertThat(failing(early)).noneMatch(line -> line.contains("AGR-EXPIRING"));
        assertThat(early.out()).contains("PASS     AGR-EXPIRING");
    }

    @Test
    void withoutDateTheClockSaysWhatTodayIs() {
        Cli.Run today = Cli.runOn(Examples.EARLY_DATE, "governance", "check", EXAMPLE);
        Cli.Run explicit = Cli.runOn(Examples.DOCS_DATE, "governance", "check", "--date", "2026-10-01", EXAMPLE);

        assertThat(today.out()).startsWith("governance check on 2026-10-01,").isEqualTo(explicit.out());
    }

    @Test
    void jsonIsTheDocumentedReport() {
        Cli.Run run = check("--format", "json", EXAMPLE);

        assertThat(run.exit()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("tool").get("name").asString()).isEqualTo("ospo");
        assertThat(report.get("tool").get("version").asString()).isNotBlank().isNotEqualTo("unknown");
        assertThat(report.get("evaluationDate").asString()).isEqualTo("2026-12-01");
        assertThat(report.get("ruleset").asString()).isEqualTo("default");
        assertThat(report.get("passed").asBoolean()).isTrue();
        assertThat(report.get("problems").size()).isZero();
        List<String> failing = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("status").asString().equals("fail")) {
                failing.add(f.get("ruleId").asString());
            }
        });
        assertThat(failing).contains("AGR-EXPIRING");
        JsonNode expiring = find(report.get("findings"), "AGR-EXPIRING", "fail");
        assertThat(expiring.get("locations").get(0).get("file").asString()).isEqualTo("governance.yml");
        assertThat(expiring.get("locations").get(0).get("line").asInt()).isPositive();
    }

    @Test
    void sarifIsVersion210WithTheExpiringAgreementAsAWarning() {
        Cli.Run run = check("--format", "SARIF", EXAMPLE);

        assertThat(run.exit()).isZero();
        JsonNode sarif = JSON.readTree(run.out());
        assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
        JsonNode results = sarif.get("runs").get(0).get("results");
        JsonNode expiring = find(results, "AGR-EXPIRING", null);
        assertThat(expiring.get("level").asString()).isEqualTo("warning");
        assertThat(expiring.get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString())
                .isEqualTo("governance.yml");
        results.forEach(result -> assertThat(result.get("level").asString()).isNotEqualTo("error"));
    }

    @Test
    void markdownHasTheSummaryTable() {
        Cli.Run run = check("--format", "markdown", EXAMPLE);

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith("# Governance check\n\nEvaluated on 2026-12-01 with ruleset `default`: **passed**.\n")
                .contains("| Error | Fail | Warn | Pass | Exempt | N/A | Total |")
                .containsPattern("\\| warning \\| fail \\| \\[AGR-EXPIRING]\\(");
    }

    @Test
    void aFailingRuleOfErrorSeverityExitsOne() {
        Path copy = Examples.copy(dir.resolve("repo"));
        Examples.edit(copy.resolve("governance.yml"), "maintenanceType: community", "maintenanceType: internal");

        Cli.Run run = check(copy.toString());

        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(failing(run))
                .anySatisfy(line -> assertThat(line).startsWith("  ERROR   FAIL     XF-PROJECT-LINKED: "));
        assertThat(run.out()).contains("at publiccode.yml:").containsPattern("\nresult: failed \\(");
    }

    @Test
    void errorsInGovernanceYmlArePrintedAndExitOne() {
        Fixtures.write(dir.resolve("governance.yml"), "governanceYmlVersion: \"0.1\"\ncommunity: [not, a, mapping]\n");

        Cli.Run run = check(dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .startsWith(
                        "governance check on 2026-12-01, ruleset default\n\nproblems:\n  governance.yml:1:1: error: ")
                .contains("\n  governance.yml:2:12: error: community: ")
                .doesNotContain("findings:");
    }

    @Test
    void aPubliccodeYmlWithErrorsIsLeftOutAndTheReportSaysSo() {
        Path copy = Examples.copy(dir.resolve("repo"));
        Examples.edit(copy.resolve("publiccode.yml"), "developmentStatus: stable", "developmentStatus: finished");

        Cli.Run run = check("--format", "json", copy.toString());

        assertThat(run.exit()).isZero();
        JsonNode report = JSON.readTree(run.out());
        JsonNode note = report.get("problems").get(0);
        assertThat(note.get("file").asString()).isEqualTo("publiccode.yml");
        assertThat(note.get("code").asString()).isEqualTo("publiccode.skipped");
        assertThat(note.get("type").asString()).isEqualTo("warning");
        assertThat(find(report.get("findings"), "XF-PROJECT-LINKED", null)
                        .get("status")
                        .asString())
                .isEqualTo("notApplicable");
    }

    @Test
    void aMissingGovernanceYmlIsAnInputError() {
        Fixtures.write(dir.resolve("publiccode.yml"), Fixtures.VALID);

        Cli.Run run = check(dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("ospo: " + dir.resolve("governance.yml") + ": no such file" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingDirectoryIsAnInputError() {
        Cli.Run run = check(dir.resolve("nowhere").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).endsWith("nowhere: no such directory" + System.lineSeparator());
    }

    @Test
    void aBadDateIsAUsageError() {
        for (String date : List.of("2026-13-01", "2026-02-30", "1.12.2026", "today")) {
            Cli.Run run = check("--date", date, EXAMPLE);

            assertThat(run.exit()).as(date).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo("ospo: --date " + date + ": not a date (expected YYYY-MM-DD)" + System.lineSeparator());
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void aDateOutsideYears1900To9999IsAUsageErrorNotACrash() {
        for (String date : List.of("+999999999-12-31", "1899-12-31", "+10000-01-01")) {
            Cli.Run run = check("--date", date, EXAMPLE);

            assertThat(run.exit()).as(date).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo("ospo: --date " + date + ": outside the supported range 1900-01-01 to 9999-12-31"
                            + System.lineSeparator());
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void theFirstAndLastSupportedDaysEvaluate() {
        for (String date : List.of("1900-01-01", "9999-12-31")) {
            Cli.Run run = check("--date", date, EXAMPLE);

            assertThat(run.err()).as(date).isEmpty();
            assertThat(run.out()).startsWith("governance check on " + date + ", ruleset default\n");
        }
    }

    @Test
    void aBadFormatIsAUsageError() {
        Cli.Run run = check("--format", "pdf", EXAMPLE);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("expected text, json, sarif, markdown, github or html but was 'pdf'");
    }

    @Test
    void aRulesetCanTurnARuleOff() {
        Path ruleset = Fixtures.write(dir.resolve("quiet.yml"), """
                rulesetVersion: "0.1"
                name: quiet
                extends: default
                rules:
                  AGR-EXPIRING:
                    level: off
                """);

        Cli.Run run = check("--ruleset", ruleset.toString(), EXAMPLE);

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("governance check on 2026-12-01, ruleset quiet\n")
                .doesNotContain("AGR-EXPIRING");
        assertThat(failing(run)).isNotEmpty().noneMatch(line -> line.contains("AGR-EXPIRING"));
    }

    @Test
    void aRulesetCanRaiseARuleToErrorAndFailTheCheck() {
        Path ruleset = Fixtures.write(dir.resolve("strict.yml"), """
                rulesetVersion: "0.1"
                name: strict
                rules:
                  AGR-EXPIRING:
                    level: error
                """);

        Cli.Run run = check("--ruleset", ruleset.toString(), EXAMPLE);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(failing(run)).anySatisfy(line -> assertThat(line).startsWith("  ERROR   FAIL     AGR-EXPIRING: "));
        assertThat(run.out()).containsPattern("\nresult: failed \\(failures: 1 error, ");
    }

    @Test
    void aRulesetCanChangeAParameter() {
        Path ruleset = Fixtures.write(dir.resolve("long-window.yml"), """
                rulesetVersion: "0.1"
                rules:
                  AGR-EXPIRING:
                    parameters:
                      days: 200
                """);

        Cli.Run defaults = check("--date", Examples.EARLY_DATE.toString(), EXAMPLE);
        Cli.Run longWindow = check("--date", Examples.EARLY_DATE.toString(), "--ruleset", ruleset.toString(), EXAMPLE);

        assertThat(failing(defaults)).noneMatch(line -> line.contains("AGR-EXPIRING"));
        assertThat(longWindow.exit()).isZero();
        assertThat(failing(longWindow))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("  WARNING FAIL     AGR-EXPIRING: ")
                        .contains("mnt-collina-2025"));
    }

    @Test
    void wholeNumberParametersWrittenAsDecimalsOrExponentsEvaluate() {
        Path ruleset = Fixtures.write(dir.resolve("numbers.yml"), """
                rulesetVersion: "0.1"
                parameters:
                  minOrganisations: 2.0
                rules:
                  AGR-COVERAGE-GAP:
                    parameters:
                      horizonDays: "1e3"
                """);

        Cli.Run run = check("--format", "json", "--ruleset", ruleset.toString(), EXAMPLE);

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero(); // the agreements renewing automatically cover the 1,000 days
        JsonNode coverage = find(JSON.readTree(run.out()).get("findings"), "AGR-COVERAGE-GAP", "pass");
        assertThat(coverage.get("evidence").get("to").asString()).isEqualTo("2029-08-27");
        assertThat(coverage.get("evidence").get("coveredDays").asInt()).isEqualTo(1001);
    }

    @Test
    void aRulesetWithErrorsIsAnInputErrorAndItsProblemsArePrinted() {
        Path ruleset = Fixtures.write(dir.resolve("broken.yml"), """
                rulesetVersion: "0.1"
                rules:
                  NO-SUCH-RULE:
                    level: error
                """);

        Cli.Run run = check("--ruleset", ruleset.toString(), EXAMPLE);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList())
                .containsExactly(
                        "ospo: --ruleset " + ruleset + ": the ruleset has errors",
                        ruleset + ":3:3: error: rules.NO-SUCH-RULE: there is no rule with id NO-SUCH-RULE");
    }

    @Test
    void anUnreadableRulesetIsAnInputError() {
        Path missing = dir.resolve("missing-ruleset.yml");

        Cli.Run run = check("--ruleset", missing.toString(), EXAMPLE);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ospo: --ruleset " + missing + ": no such file" + System.lineSeparator());
    }

    private static JsonNode find(JsonNode items, String ruleId, String status) {
        for (JsonNode item : items) {
            if (item.get("ruleId").asString().equals(ruleId)
                    && (status == null || item.get("status").asString().equals(status))) {
                return item;
            }
        }
        throw new AssertionError("no " + ruleId + " " + status + " in " + items);
    }
}
