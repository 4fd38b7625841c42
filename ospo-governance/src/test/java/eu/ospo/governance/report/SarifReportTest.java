package eu.ospo.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The SARIF output parsed back: the structure code-scanning tools require. */
class SarifReportTest {

    private final Evaluation evaluation = SampleEvaluation.evaluation();
    private final JsonNode sarif =
            JsonReports.parse(Reports.asString(ReportFormat.SARIF, evaluation, SampleEvaluation.describedInput()));

    private JsonNode run() {
        return sarif.get("runs").get(0);
    }

    @Test
    void hasTheSchemaVersionAndOneRun() {
        assertThat(sarif.get("$schema").asString()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs").size()).isEqualTo(1);
    }

    @Test
    void theDriverDescribesEveryRuleOnceWithItsAnchorAndLevel() {
        JsonNode driver = run().get("tool").get("driver");
        assertThat(driver.get("name").asString()).isEqualTo("ospo");
        assertThat(driver.get("version").asString()).isEqualTo("1.2.3");
        assertThat(driver.get("informationUri").asString()).startsWith("https://");

        Set<String> ruleIds = new LinkedHashSet<>();
        evaluation.findings().forEach(f -> ruleIds.add(f.ruleId()));
        ruleIds.add("key.unknown"); // the code of the input problem, after the rules
        JsonNode rules = driver.get("rules");
        assertThat(rules.size()).isEqualTo(ruleIds.size());
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.get("id").asString()));
        assertThat(ids).containsExactlyElementsOf(ruleIds);

        JsonNode elephant = rules.get(ids.indexOf("DIV-ELEPHANT"));
        assertThat(elephant.get("shortDescription").get("text").asString())
                .isEqualTo("No organisation commits half or more of the effort.");
        assertThat(elephant.get("helpUri").asString()).endsWith("#div-elephant");
        assertThat(elephant.get("defaultConfiguration").get("level").asString()).isEqualTo("warning");
        assertThat(rules.get(ids.indexOf("DIV-ORG-COUNT"))
                        .get("defaultConfiguration")
                        .get("level")
                        .asString())
                .isEqualTo("note");
        assertThat(rules.get(ids.indexOf("META-STALE"))
                        .get("shortDescription")
                        .get("text")
                        .asString())
                .as("falls back to the id without a description")
                .isEqualTo("META-STALE");
    }

    @Test
    void resultsAreTheFailuresAndExemptionsOnlyWithLevelsFromSeverity() {
        List<Finding> reported = evaluation.findings().stream()
                .filter(f -> f.status() == Status.FAIL || f.status() == Status.EXEMPTED)
                .toList();
        JsonNode all = run().get("results");
        List<JsonNode> results = new ArrayList<>(); // the findings' results: after the one input problem
        for (int i = 1; i < all.size(); i++) {
            results.add(all.get(i));
        }
        JsonNode rules = run().get("tool").get("driver").get("rules");

        assertThat(results.size()).isEqualTo(reported.size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            Finding finding = reported.get(i);
            assertThat(result.get("ruleId").asString()).isEqualTo(finding.ruleId());
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString())
                    .isEqualTo(finding.ruleId());
            assertThat(result.get("level").asString())
                    .isEqualTo(
                            switch (finding.severity()) {
                                case ERROR -> "error";
                                case WARNING -> "warning";
                                case INFO -> "note";
                            });
            assertThat(result.get("message").get("text").asString()).isEqualTo(finding.message());
            assertThat(result.get("locations").size()).isPositive();
            assertThat(result.get("properties").get("status").asString())
                    .isEqualTo(finding.status().label());
            assertThat(result.has("suppressions")).isEqualTo(finding.status() == Status.EXEMPTED);
        }
    }

    @Test
    void anExemptionIsAnExternalAcceptedSuppressionWithItsReason() {
        JsonNode exempted = result("DIV-ELEPHANT");

        JsonNode suppression = exempted.get("suppressions").get(0);
        assertThat(suppression.get("kind").asString()).isEqualTo("external");
        assertThat(suppression.get("status").asString()).isEqualTo("accepted");
        assertThat(suppression.get("justification").asString())
                .isEqualTo("Community founded in 2025, second member joins Q3");
        assertThat(exempted.get("properties")
                        .get("evidence")
                        .get("shares")
                        .get("utrecht")
                        .decimalValue())
                .isEqualByComparingTo("0.7272727272727272727272727272727273");
    }

    @Test
    void locationsGiveUriAndRegionAndTheKeyAsLogicalLocation() {
        JsonNode linked = result("XF-PROJECT-LINKED").get("locations");

        assertThat(linked.size()).isEqualTo(2);
        JsonNode second = linked.get(1);
        assertThat(second.get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString())
                .isEqualTo("publiccode.yml");
        assertThat(second.get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(83);
        assertThat(second.get("physicalLocation")
                        .get("region")
                        .get("startColumn")
                        .asInt())
                .isEqualTo(3);
        assertThat(second.get("logicalLocations")
                        .get(0)
                        .get("fullyQualifiedName")
                        .asString())
                .isEqualTo("maintenance.type");
    }

    @Test
    void aFindingWithoutLocationPointsAtGovernanceYmlWithoutRegion() {
        JsonNode location = result("DIV-ORG-COUNT").get("locations").get(0);

        assertThat(location.get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString())
                .isEqualTo("governance.yml");
        assertThat(location.get("physicalLocation").has("region")).isFalse();
    }

    @Test
    void inputProblemsAreResultsAtTheirPlaceInTheFile() {
        JsonNode invocation = run().get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        assertThat(invocation.has("toolExecutionNotifications")).isFalse();

        JsonNode problem = result("key.unknown");
        assertThat(problem.get("level").asString()).isEqualTo("warning");
        assertThat(problem.get("message").get("text").asString())
                .isEqualTo("community.website: unknown key; did you mean 'uri'?");
        JsonNode rule = run().get("tool")
                .get("driver")
                .get("rules")
                .get(problem.get("ruleIndex").asInt());
        assertThat(rule.get("id").asString()).isEqualTo("key.unknown");
        assertThat(rule.get("helpUri").asString()).endsWith("docs/problem-codes.md");
        JsonNode physical = problem.get("locations").get(0).get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo("governance.yml");
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(4);
        assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(3);
        assertThat(problem.get("properties").get("kind").asString()).isEqualTo("problem");
        assertThat(run().get("results").get(0)).isEqualTo(problem); // problems first, sorted by place
    }

    private JsonNode result(String ruleId) {
        for (JsonNode result : run().get("results")) {
            if (result.get("ruleId").asString().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + ruleId);
    }
}
