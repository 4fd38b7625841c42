package eu.ospo.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.ospo.governance.internal.read.Codes;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.governance.rules.Status;
import eu.ospo.model.Governance;
import eu.ospo.model.Identifier;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.SourceMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Semantic problems leave the model as read ({@link GovernanceResult#governanceAsRead()}) so the
 * rules still run; structural problems leave none. Each case changes one value of the all-keys
 * fixture.
 */
class SemanticProblemsTest {

    private static final String ALL_KEYS = Fixtures.text("all-keys.yml");

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    private static String edit(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as("'%s' in the fixture", from).isNotNegative();
        assertThat(text.indexOf(from, at + 1))
                .as("'%s' once in the fixture", from)
                .isNegative();
        return text.replace(from, to);
    }

    private static Set<String> errorCodes(GovernanceResult result) {
        return result.errors().stream().map(Problem::code).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "value: 5493001KJTIIGC8Y1R12|value: 5493001KJTIIGC8Y1R13|value.identifier",
                "value: c_f205\\n|value: c_zz99\\n|value.ipa-code",
                "country: DE|country: ZZ|value.country",
                "uri: https://bitworks.example|uri: not a uri|value.uri",
                "document: https://example.org/agreements/dev-milano-2025.pdf|document: nope|value.url",
                "email: p.devries@amsterdam.example|email: not-an-address|value.email",
                "id: dev-milano-2025|id: Dev_Milano|value.slug",
                "percentage: 10\\n|percentage: 150\\n|value.percentage",
                "contractor: bitworks|contractor: nobody|reference.unknown",
                "'          team: permits-desk'|'          team: milano-core'|reference.mismatch",
                "id: archive|id: permits|id.duplicate",
                "'    end: 2025-12-31'|'    end: 2024-12-31'|range.end-before-start",
                "'        left: 2025-06-30'|'        left: 2023-06-30'|range.end-before-start",
                "role: domainExpert\\n        joined: 2025-01-01|role: productOwner\\n        joined: 2024-06-01|range.overlap",
                "noticePeriodDays: 30|noticePeriodDays: 400|range.notice-period",
            })
    void aSemanticProblemKeepsTheModelAsWrittenAndTheRulesRun(String from, String to, String code) {
        String yaml = edit(ALL_KEYS, from.replace("\\n", "\n"), to.replace("\\n", "\n"));

        GovernanceResult result = Fixtures.PARSER.parse(yaml);

        assertThat(errorCodes(result)).as(result.problems().toString()).contains(code);
        assertThat(Codes.SEMANTIC).containsAll(errorCodes(result));
        assertThat(result.isValid()).isFalse();
        assertThat(result.governance()).isEmpty();
        Governance model = result.governanceAsRead().orElseThrow();
        // the model holds the values as written: writing it and reading it again gives the same problems
        assertThat(Fixtures.PARSER.parse(GovernanceWriter.write(model)).errors())
                .extracting(Problem::code, Problem::key)
                .containsExactlyElementsOf(result.errors().stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.code(), p.key()))
                        .toList());
        Evaluation evaluation = GovernanceRules.defaults().evaluate(RuleContext.of(model, Optional.empty(), DAY));
        assertThat(evaluation.findings()).extracting(Finding::ruleId).contains("ORG-IDENTIFIERS", "AGR-WELLFORMED");
    }

    @Test
    void aWrongCheckDigitIsInTheModelAndOrgIdentifiersFindsIt() {
        String yaml = edit(ALL_KEYS, "value: 5493001KJTIIGC8Y1R12", "value: 5493001KJTIIGC8Y1R13");

        GovernanceResult result = Fixtures.PARSER.parse(yaml);

        assertThat(Fixtures.compact(result.problems()))
                .containsExactly("value.identifier@organisations[2].identifiers[0].value@63:9");
        Governance model = result.governanceAsRead().orElseThrow();
        assertThat(model.organisation("bitworks").orElseThrow().identifiers())
                .extracting(Identifier::value)
                .contains("5493001KJTIIGC8Y1R13");
        Evaluation evaluation = GovernanceRules.defaults().evaluate(RuleContext.of(model, Optional.empty(), DAY));
        assertThat(evaluation.findings())
                .filteredOn(f -> f.ruleId().equals("ORG-IDENTIFIERS") && f.status() == Status.FAIL)
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("bitworks", "5493001KJTIIGC8Y1R13"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "joined: 2024-01-01|joined: 2024-13-01|value.date",
                "type: company|type: firm|value.not-allowed",
                "contractHours: 1200.5|contractHours: [1]|field.wrong-type",
                "'    name: Bitworks GmbH\\n'|''|field.required",
                "'    name: Bitworks GmbH\\n'|'    name: Bitworks GmbH\\n    nickname: bw\\n'|field.unknown",
                "governanceYmlVersion: \"0.2\"|governanceYmlVersion: \"9.9\"|version.unsupported",
                "unit: hours|unit: fte|field.excluded-unless",
                "hoursPerWeek: 36|hoursPerWeek: 200|value.range",
            })
    void aStructuralProblemLeavesNoModel(String from, String to, String code) {
        String yaml = edit(ALL_KEYS, from.replace("\\n", "\n"), to.replace("\\n", "\n"));

        GovernanceResult result = Fixtures.PARSER.parse(yaml);

        assertThat(errorCodes(result)).as(result.problems().toString()).contains(code);
        assertThat(result.governanceAsRead()).isEmpty();
        assertThat(result.governance()).isEmpty();
    }

    @Test
    void aYamlErrorLeavesNoModel() {
        GovernanceResult result = Fixtures.PARSER.parse(edit(ALL_KEYS, "community:\n", "community: [\n"));

        assertThat(errorCodes(result)).anyMatch(code -> code.startsWith("yaml."));
        assertThat(result.governanceAsRead()).isEmpty();
    }

    @Test
    void aValidFileHasTheSameModelBothWays() {
        GovernanceResult result = Fixtures.PARSER.parse(ALL_KEYS);

        assertThat(result.problems()).isEmpty();
        assertThat(result.governance()).isPresent().isEqualTo(result.governanceAsRead());
    }

    @Test
    void errorsLeftOutByTheLimitStillDecide() {
        GovernanceParser three = GovernanceParser.builder()
                .limits(GovernanceParser.DEFAULT_LIMITS.withMaxProblems(3))
                .build();
        String fourSemantic = edit(
                edit(
                        edit(
                                edit(ALL_KEYS, "value: 5493001KJTIIGC8Y1R12", "value: 5493001KJTIIGC8Y1R13"),
                                "country: DE",
                                "country: ZZ"),
                        "uri: https://bitworks.example",
                        "uri: not a uri"),
                "contractor: bitworks",
                "contractor: nobody");
        GovernanceResult semantic = three.parse(fourSemantic);
        assertThat(semantic.problems()).hasSize(4);
        assertThat(semantic.problems().get(3).code()).isEqualTo("problems.truncated");
        assertThat(semantic.governanceAsRead()).isPresent();

        // three semantic errors are kept; the structural one after them is only counted
        String thenStructural = edit(fourSemantic, "start: 2025-01-01", "start: 2025-02-30");
        GovernanceResult structural = three.parse(thenStructural);
        assertThat(structural.problems()).extracting(Problem::code).doesNotContain("value.date");
        assertThat(structural.governanceAsRead()).isEmpty();
    }

    @Test
    void aResultWithAStructuralErrorCarriesNoModel() {
        Governance model = Fixtures.parse("all-keys.yml").governance().orElseThrow();
        Problem semantic = new Problem("value.identifier", Severity.ERROR, "k", 1, 1, "m", Map.of());
        Problem structural = new Problem("field.wrong-type", Severity.ERROR, "k", 1, 1, "m", Map.of());
        Problem warning = new Problem("field.deprecated", Severity.WARNING, "k", 1, 1, "m", Map.of());

        GovernanceResult withSemantic =
                new GovernanceResult(Optional.of(model), List.of(semantic, warning), SourceMap.empty());
        assertThat(withSemantic.governanceAsRead()).contains(model);
        assertThat(withSemantic.governance()).isEmpty();
        assertThat(new GovernanceResult(Optional.of(model), List.of(warning), SourceMap.empty()).governance())
                .contains(model);
        assertThatThrownBy(() -> new GovernanceResult(Optional.of(model), List.of(structural), SourceMap.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("structural");
        assertThat(new GovernanceResult(Optional.empty(), List.of(structural), SourceMap.empty()).governance())
                .isEmpty();
    }
}
