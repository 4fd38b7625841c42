package eu.ospo.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Location;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextAndMarkdownReportTest {

    private static final Evaluation PASSING = new Evaluation(
            SampleEvaluation.DATE,
            "strict",
            List.of(new Finding(
                    "AGR-EXPIRING",
                    Severity.WARNING,
                    Status.FAIL,
                    "Agreement a ends soon.",
                    List.of(new Location("governance.yml", "agreements[0].end", 12, 10)),
                    Map.of("daysLeft", 3),
                    SampleEvaluation.anchor("agr-expiring"))));

    @Test
    void aWarningDoesNotFailTheTextReport() {
        String text = Reports.asString(ReportFormat.TEXT, PASSING, ReportInput.of("1"));

        assertThat(text.lines().toList())
                .containsExactly(
                        "governance check on 2025-05-01, ruleset strict",
                        "",
                        "findings:",
                        "  WARNING FAIL     AGR-EXPIRING: Agreement a ends soon.",
                        "      at governance.yml:12:10 (agreements[0].end)",
                        "      evidence: daysLeft=3",
                        "",
                        "result: passed (failures: 1 warning; 0 passed, 0 exempted, 0 not applicable; 1 finding)");
    }

    @Test
    void anInputErrorFailsTheReportEvenWithoutFindings() {
        Evaluation empty = new Evaluation(SampleEvaluation.DATE, "default", List.of());
        ReportInput input = ReportInput.of("1")
                .withProblems(
                        "governance.yml",
                        List.of(Problem.of(
                                "field.required", Severity.ERROR, "community", 0, 0, "community is required")));

        String text = Reports.asString(ReportFormat.TEXT, empty, input);
        String markdown = Reports.asString(ReportFormat.MARKDOWN, empty, input);

        assertThat(text)
                .contains("  governance.yml:0:0: error: community: community is required\n")
                .doesNotContain("findings:")
                .endsWith("result: failed (0 passed, 0 exempted, 0 not applicable; 0 findings; 1 input error)\n");
        assertThat(markdown)
                .contains("**failed**")
                .contains("| error | governance.yml | 0:0 | `community` | community is required | `field.required` |")
                .doesNotContain("## Findings");
    }

    @Test
    void failuresComeFirstInTheTextReport() {
        String text = Reports.asString(ReportFormat.TEXT, SampleEvaluation.evaluation(), SampleEvaluation.input());
        List<String> ruleLines = text.lines()
                .filter(l -> l.startsWith("  ") && !l.startsWith("   "))
                .toList();

        assertThat(ruleLines)
                .extracting(l -> l.substring(2, 19))
                .containsExactly(
                        "governance.yml:4:", // the problem
                        "ERROR   FAIL     ",
                        "WARNING FAIL     ",
                        "WARNING FAIL     ",
                        "INFO    FAIL     ",
                        "WARNING EXEMPTED ",
                        "ERROR   PASS     ",
                        "WARNING PASS     ",
                        "ERROR   N/A      ");
    }

    @Test
    void theMarkdownSummaryRowAddsUp() {
        String markdown =
                Reports.asString(ReportFormat.MARKDOWN, SampleEvaluation.evaluation(), SampleEvaluation.input());

        assertThat(markdown).contains("| Error | Fail | Warn | Pass | Exempt | N/A | Total |\n");
        // 1 error + 2 warnings + 1 info = 4 failures; 4 + 2 pass + 1 exempt + 1 n/a = 8
        assertThat(markdown).contains("\n| 1 | 4 | 2 | 2 | 1 | 1 | 8 |\n");
    }

    @Test
    void markdownCellsEscapePipesAndEmphasis() {
        String markdown =
                Reports.asString(ReportFormat.MARKDOWN, SampleEvaluation.evaluation(), SampleEvaluation.input());
        String row = markdown.lines()
                .filter(l -> l.contains("META-STALE"))
                .findFirst()
                .orElseThrow();

        assertThat(row).contains("more than 12 months ago \\| review \\*now\\*");
        assertThat(row.split("(?<!\\\\)\\|")).hasSize(6); // 5 cells between 6 unescaped pipes
    }

    @Test
    void theTextReportShowsControlCharactersOfTheFilesEscaped() {
        String hostile = HostileCommunity.CRLF + " " + HostileCommunity.ESCAPES + " " + HostileCommunity.BIDI;
        Evaluation evaluation = new Evaluation(
                SampleEvaluation.DATE,
                "name\n::error::forged",
                List.of(new Finding(
                        "AGR-EXPIRING",
                        Severity.WARNING,
                        Status.FAIL,
                        hostile,
                        List.of(new Location("governance.yml", hostile, 12, 10)),
                        Map.of("reason", hostile),
                        SampleEvaluation.anchor("agr-expiring"))));

        String text = Reports.asString(ReportFormat.TEXT, evaluation, ReportInput.of("1"));

        assertThat(text.lines()).hasSize(8).noneMatch(line -> line.startsWith("::"));
        assertThat(text.replace("\n", "")).doesNotContainPattern("[\\p{Cntrl}\u202a-\u202e\u2066-\u2069]");
        assertThat(text)
                .contains("ruleset name\\n::error::forged\n")
                .contains("AGR-EXPIRING: ok\\r\\n::error file=README.md,line=1::forged \\e[31mred");
    }
}
