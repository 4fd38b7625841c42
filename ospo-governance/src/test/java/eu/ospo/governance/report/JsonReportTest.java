package eu.ospo.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JsonReportTest {

    private static JsonNode report(Evaluation evaluation, ReportInput input) {
        return JsonReports.parse(Reports.asString(ReportFormat.JSON, evaluation, input));
    }

    @Test
    void theSampleConformsToThePublishedSchema() {
        JsonNode report = report(SampleEvaluation.evaluation(), SampleEvaluation.input());

        assertThat(JsonReports.schema().violations(report)).isEmpty();
    }

    @Test
    void theSchemaCheckerNoticesAMissingOrExtraField() {
        var report = (tools.jackson.databind.node.ObjectNode)
                report(SampleEvaluation.evaluation(), SampleEvaluation.input());
        report.remove("passed");
        report.put("extra", 1);

        assertThat(JsonReports.schema().violations(report))
                .containsExactlyInAnyOrder(": missing passed", "/extra: not allowed");
    }

    @Test
    void fieldsComeInTheDocumentedOrder() {
        JsonNode report = report(SampleEvaluation.evaluation(), SampleEvaluation.input());

        assertThat(names(report))
                .containsExactly("tool", "evaluationDate", "ruleset", "passed", "summary", "problems", "findings");
        assertThat(names(report.get("findings").get(0)))
                .containsExactly("ruleId", "severity", "status", "message", "locations", "evidence", "anchor");
        assertThat(names(report.get("findings").get(4).get("evidence")))
                .as("evidence keeps the rule's order, not alphabetical")
                .containsExactly("elephantFactor", "p", "hoursPerYear", "shares", "exemption");
    }

    @Test
    void decimalsAreWrittenExactlyInPlainNotation() {
        String json = Reports.asString(ReportFormat.JSON, SampleEvaluation.evaluation(), SampleEvaluation.input());
        JsonNode evidence = JsonReports.parse(json).get("findings").get(6).get("evidence");

        assertThat(evidence.get("percentage").decimalValue())
                .isEqualTo(new BigDecimal("10.3365384615384615384615384615384"));
        assertThat(json)
                .contains("\"percentage\" : 10.3365384615384615384615384615384,")
                .contains("\"policy\" : 10,") // 1E+1 in plain notation
                .contains("\"utrecht\" : 1280.0,") // the scale is kept
                .doesNotContain("E+");
    }

    @Test
    void theSummaryCountsEveryStatusAndFailuresBySeverity() {
        Evaluation evaluation = SampleEvaluation.evaluation();
        JsonNode summary = report(evaluation, SampleEvaluation.input()).get("summary");

        assertThat(summary.get("total").asInt()).isEqualTo(evaluation.findings().size());
        evaluation
                .countByStatus()
                .forEach((status, count) -> assertThat(
                                summary.get("byStatus").get(status.label()).asLong())
                        .as(status.label())
                        .isEqualTo(count));
        for (Severity severity : Severity.values()) {
            assertThat(summary.get("failuresBySeverity").get(severity.label()).asLong())
                    .isEqualTo(evaluation.failures(severity));
        }
    }

    @Test
    void passedFollowsBlockingFailuresAndInputErrors() {
        Evaluation failing = SampleEvaluation.evaluation();
        List<Finding> nonBlocking = new ArrayList<>(failing.findings());
        nonBlocking.removeIf(Finding::isBlocking);
        Evaluation passing = new Evaluation(failing.date(), failing.rulesetName(), nonBlocking);
        ReportInput withError = ReportInput.of("1")
                .withProblems(
                        "publiccode.yml",
                        List.of(Problem.of("field.required", Severity.ERROR, "name", 1, 1, "name is required")));

        assertThat(report(failing, ReportInput.of("1")).get("passed").asBoolean())
                .isFalse();
        assertThat(report(passing, ReportInput.of("1")).get("passed").asBoolean())
                .isTrue();
        assertThat(report(passing, withError).get("passed").asBoolean()).isFalse();
        assertThat(report(passing, withError).get("problems").get(0).get("file").asString())
                .isEqualTo("publiccode.yml");
    }

    private static List<String> names(JsonNode object) {
        return object.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }
}
