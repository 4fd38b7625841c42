package eu.ospo.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.report.ReportFormat;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.Reports;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.problem.Problem;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Findings and evaluations as JSON: the JSON report's shape, read back with checks. */
class FindingJsonTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "repositories", "shared-permits");
    private static Evaluation evaluation;
    private final JsonMapper mapper = OspoJson.defaults().mapper();

    @BeforeAll
    static void evaluate() throws IOException {
        GovernanceResult governance = GovernanceParser.builder().build().parse(EXAMPLE.resolve("governance.yml"));
        PubliccodeResult publiccode = PubliccodeParser.builder().build().parse(EXAMPLE.resolve("publiccode.yml"));
        evaluation = GovernanceRules.defaults()
                .evaluate(new RuleContext(
                        governance.governance().orElseThrow(),
                        publiccode.publicCode(),
                        LocalDate.of(2026, 12, 1),
                        governance.sourceMap(),
                        publiccode.sourceMap()));
    }

    @Test
    void aFindingIsWrittenAsTheJsonReportWritesIt() {
        JsonNode report = mapper.readTree(Reports.asString(ReportFormat.JSON, evaluation, ReportInput.of("1.0")));

        assertThat(report.get("findings").size())
                .isEqualTo(evaluation.findings().size())
                .isGreaterThan(10);
        for (int i = 0; i < evaluation.findings().size(); i++) {
            JsonNode finding = mapper.readTree(
                    mapper.writeValueAsString(evaluation.findings().get(i)));
            assertThat(finding).isEqualTo(report.get("findings").get(i));
        }
        JsonNode written = mapper.readTree(mapper.writeValueAsString(evaluation));
        assertThat(written.get("evaluationDate").asString()).isEqualTo("2026-12-01");
        assertThat(written.get("passed").asBoolean()).isEqualTo(evaluation.passed());
        assertThat(written.get("findings")).isEqualTo(report.get("findings"));
    }

    @Test
    void readingGivesTheSameJsonBack() {
        String text = mapper.writeValueAsString(evaluation);

        Evaluation back = mapper.readValue(text, Evaluation.class);

        assertThat(back.date()).isEqualTo(evaluation.date());
        assertThat(back.rulesetName()).isEqualTo(evaluation.rulesetName());
        assertThat(back.findings())
                .extracting(Finding::ruleId, Finding::status, Finding::severity, Finding::locations, Finding::anchor)
                .isEqualTo(evaluation.findings().stream()
                        .map(f -> org.assertj.core.groups.Tuple.tuple(
                                f.ruleId(), f.status(), f.severity(), f.locations(), f.anchor()))
                        .toList());
        assertThat(mapper.readTree(mapper.writeValueAsString(back))).isEqualTo(mapper.readTree(text));
    }

    @Test
    void aWholeJsonReportReadsAsAnEvaluation() {
        String report = Reports.asString(ReportFormat.JSON, evaluation, ReportInput.of("1.0"));

        Evaluation back = mapper.readValue(report, Evaluation.class);

        assertThat(back.findings()).hasSameSizeAs(evaluation.findings());
        assertThat(back.passed()).isEqualTo(evaluation.passed());
    }

    @Test
    void aBrokenFindingThrowsWithItsProblems() {
        String text = mapper.writeValueAsString(evaluation.findings().get(0))
                .replace(
                        "\"status\" : \""
                                + evaluation.findings().get(0).status().label() + "\"",
                        "\"status\" : \"maybe\"")
                .replace("\"ruleId\"", "\"rule\"");

        InvalidMetadataException e =
                catchThrowableOfType(InvalidMetadataException.class, () -> mapper.readValue(text, Finding.class));

        assertThat(e.errors())
                .extracting(Problem::code, p -> p.arguments().get(OspoJson.POINTER))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("field.required", ""),
                        org.assertj.core.groups.Tuple.tuple("value.not-allowed", "/status"),
                        org.assertj.core.groups.Tuple.tuple("field.unknown", "/rule"));
    }
}
