package eu.ospo.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;

/** Properties of every report over generated evaluations. */
class ReportPropertiesTest {

    private static final MiniSchema SCHEMA = JsonReports.schema();

    private static Gen<Finding> findings() {
        Gen<String> ids = arbitrary().pick(List.of("AGR-EXPIRING", "DIV-ELEPHANT", "META-STALE", "X-1"));
        Gen<Location> locations = integers()
                .between(0, 500)
                .zip(
                        integers().between(0, 80),
                        (line, column) -> new Location(
                                "governance.yml", "agreements[" + column + "]", line, line == 0 ? 0 : column));
        Gen<BigDecimal> decimals = integers()
                .between(-1_000_000, 1_000_000)
                .zip(integers().between(-6, 12), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
        Gen<Map<String, Object>> evidence = lists().of(decimals)
                .ofSizeBetween(0, 4)
                .map(values -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        map.put("v" + i, values.get(i));
                    }
                    return map;
                });
        return ids.zip(
                arbitrary().enumValues(Severity.class),
                arbitrary().enumValues(Status.class),
                lists().of(locations).ofSizeBetween(0, 3),
                evidence,
                (id, severity, status, where, numbers) -> new Finding(
                        id,
                        severity,
                        status,
                        "message for " + id,
                        where,
                        numbers,
                        SampleEvaluation.anchor(id.toLowerCase(java.util.Locale.ROOT))));
    }

    private static Gen<Evaluation> evaluations() {
        return lists().of(findings())
                .ofSizeBetween(0, 25)
                .map(list -> new Evaluation(SampleEvaluation.DATE, "default", list));
    }

    @Test
    void jsonConformsToTheSchemaCountsAddUpAndDecimalsRoundTrip() {
        qt().withExamples(200).forAll(evaluations()).checkAssert(evaluation -> {
            JsonNode json = JsonReports.parse(Reports.asString(ReportFormat.JSON, evaluation, ReportInput.of("0")));
            assertThat(SCHEMA.violations(json)).isEmpty();
            assertThat(json.get("passed").asBoolean()).isEqualTo(evaluation.passed());
            long sum = 0;
            for (JsonNode count : json.get("summary").get("byStatus")) {
                sum += count.asLong();
            }
            assertThat(sum).isEqualTo(evaluation.findings().size());
            for (int i = 0; i < evaluation.findings().size(); i++) {
                JsonNode evidence = json.get("findings").get(i).get("evidence");
                evaluation
                        .findings()
                        .get(i)
                        .evidence()
                        .forEach((name, value) ->
                                assertThat(evidence.get(name).decimalValue()).isEqualByComparingTo((BigDecimal) value));
            }
        });
    }

    @Test
    void sarifHasOneResultPerFailureOrExemptionAndNoRegionWithoutALine() {
        qt().withExamples(200).forAll(evaluations()).checkAssert(evaluation -> {
            JsonNode run = JsonReports.parse(Reports.asString(ReportFormat.SARIF, evaluation, ReportInput.of("0")))
                    .get("runs")
                    .get(0);
            long expected = evaluation.findings().stream()
                    .filter(f -> f.status() == Status.FAIL || f.status() == Status.EXEMPTED)
                    .count();
            assertThat(run.get("results").size()).isEqualTo((int) expected);
            for (JsonNode result : run.get("results")) {
                for (JsonNode location : result.get("locations")) {
                    JsonNode physical = location.get("physicalLocation");
                    if (physical.has("region")) {
                        assertThat(physical.get("region").get("startLine").asInt())
                                .isPositive();
                    }
                }
            }
        });
    }

    @Test
    void everyFormatSaysPassedOrFailedAsTheEvaluationDoes() {
        qt().withExamples(100).forAll(evaluations()).checkAssert(evaluation -> {
            String word = evaluation.passed() ? "passed" : "failed";
            assertThat(Reports.asString(ReportFormat.TEXT, evaluation, ReportInput.of("0")))
                    .contains("result: " + word);
            assertThat(Reports.asString(ReportFormat.MARKDOWN, evaluation, ReportInput.of("0")))
                    .contains("**" + word + "**");
        });
    }
}
