package eu.ospo.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import eu.ospo.governance.internal.rules.ParameterSpec;
import eu.ospo.problem.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/**
 * Parameter values are read one way: every value the ruleset check accepts is one the evaluation can
 * use (no "not a whole number" at evaluation time), and the rest is reported by the check.
 */
class ParameterValuesTest {

    /** Texts that look like numbers, often, and sometimes are. */
    private static final Gen<String> NUMBERISH = strings()
            .betweenCodePoints(0, 15)
            .ofLengthBetween(1, 10)
            .map(s -> s.chars()
                    .map(c -> "0123456789.eE+- ".charAt(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString())
            .mix(integers()
                    .between(0, 20)
                    .map(i -> List.of(
                                    "2.0",
                                    "1e3",
                                    "1E3",
                                    "2.5",
                                    "-0",
                                    "+7",
                                    "1e999999999",
                                    "1e-999999999",
                                    "0.0000000000001",
                                    "999999999999",
                                    "1000000000000",
                                    "2147483647",
                                    "2147483648",
                                    "1e9",
                                    " 12 ",
                                    "0x10",
                                    "1_000",
                                    ".5",
                                    "5.",
                                    "NaN",
                                    "Infinity")
                            .get(i)));

    @Test
    void everyValueTheCheckAcceptsTheEvaluationReads() {
        qt().withExamples(5_000).forAll(NUMBERISH).checkAssert(text -> {
            for (ParameterSpec.Kind kind : ParameterSpec.Kind.values()) {
                if (kind.defect(text).isPresent()) {
                    continue;
                }
                RuleParameters parameters = new RuleParameters(Map.of("x", text));
                switch (kind) {
                    case WHOLE -> assertThat(parameters.integer("x")).as(text).isNotNegative();
                    case POSITIVE_WHOLE ->
                        assertThat(parameters.integer("x")).as(text).isPositive();
                    case FRACTION ->
                        assertThat(parameters.decimal("x"))
                                .as(text)
                                .isPositive()
                                .isLessThanOrEqualTo(BigDecimal.ONE);
                    case POSITIVE_DECIMAL ->
                        assertThat(parameters.decimal("x")).as(text).isPositive();
                    case PERCENTAGE ->
                        assertThat(parameters.decimal("x"))
                                .as(text)
                                .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
                    case BOOLEAN -> assertThat(parameters.text("x").trim()).isIn("true", "false");
                }
            }
        });
    }

    @ParameterizedTest
    @CsvSource({"2.0, 2", "1e3, 1000", "1E3, 1000", "+7, 7", "' 12 ', 12", "2147483647, 2147483647"})
    void wholeNumbersMayBeWrittenAsDecimalsOrWithAnExponent(String text, int expected) {
        assertThat(ParameterSpec.Kind.WHOLE.defect(text)).isEmpty();
        assertThat(new RuleParameters(Map.of("x", text)).integer("x")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2.5, WHOLE",
        "2147483648, WHOLE",
        "0x10, WHOLE",
        "1_000, WHOLE",
        "1e999999999, POSITIVE_DECIMAL",
        "1000000000000, POSITIVE_DECIMAL",
        "0.0000000000001, FRACTION",
        "1e-999999999, FRACTION",
        "NaN, POSITIVE_DECIMAL",
        "Infinity, POSITIVE_DECIMAL"
    })
    void valuesOutsideTheNotationOrTheBoundsAreReportedByTheCheck(String text, ParameterSpec.Kind kind) {
        assertThat(kind.defect(text)).isPresent();
    }

    @Test
    void aRulesetWithDecimalAndExponentWholeNumbersEvaluates() {
        RulesetResult read = Ruleset.parse("""
                rulesetVersion: "0.1"
                parameters:
                  minOrganisations: 2.0
                rules:
                  AGR-COVERAGE-GAP:
                    parameters:
                      horizonDays: "1e3"
                """);
        assertThat(read.problems()).isEmpty();
        GovernanceRules engine =
                GovernanceRules.builder().ruleset(read.ruleset().orElseThrow()).build();

        Evaluation evaluation = assertThatCodeReturns(engine);

        Finding coverage = evaluation.findings().stream()
                .filter(f -> f.ruleId().equals("AGR-COVERAGE-GAP"))
                .findFirst()
                .orElseThrow();
        assertThat(coverage.evidence())
                .containsEntry("to", WorkedExample.DATE.plusDays(1000).toString());
        assertThat(engine.parameters("DIV-ORG-COUNT").integer("minOrganisations"))
                .isEqualTo(2);
    }

    private static Evaluation assertThatCodeReturns(GovernanceRules engine) {
        Evaluation[] evaluation = new Evaluation[1];
        assertThatCode(() -> evaluation[0] = engine.evaluate(WorkedExample.context(WorkedExample.DATE)))
                .doesNotThrowAnyException();
        return evaluation[0];
    }

    @Test
    void aFractionalWholeNumberIsAProblemOfTheRulesetNotAnEvaluationError() {
        RulesetResult read = Ruleset.parse("""
                rulesetVersion: "0.1"
                rules:
                  AGR-COVERAGE-GAP:
                    parameters:
                      horizonDays: 2.5
                """);

        assertThat(read.ruleset()).isEmpty();
        assertThat(read.problems())
                .extracting(Problem::key)
                .containsExactly("rules.AGR-COVERAGE-GAP.parameters.horizonDays");
    }
}
