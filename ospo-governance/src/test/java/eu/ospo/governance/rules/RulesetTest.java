package eu.ospo.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ruleset files: reading, positioned problems, and use by the engine. */
class RulesetTest {

    private static String problems(RulesetResult result) {
        return String.join(
                "\n",
                result.problems().stream()
                        .map(p -> p.code() + " " + p.key() + " " + p.line() + ":" + p.column())
                        .toList());
    }

    @Test
    void aFullRulesetIsRead() {
        RulesetResult result = Ruleset.parse("""
                rulesetVersion: "0.1"
                name: public-sector
                extends: default
                parameters:
                  fteBasis: 1720
                rules:
                  DIV-ORG-COUNT:
                    level: off
                  AGR-MIN-CAPACITY:
                    level: error
                    parameters:
                      high: 1.0
                      low: 0.10
                  META-STALE:
                  DIV-ELEPHANT: {parameters: {p: 0.6}}
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.isValid()).isTrue();
        Ruleset ruleset = result.ruleset().orElseThrow();
        assertThat(ruleset.name()).isEqualTo("public-sector");
        assertThat(ruleset.commonParameters()).containsExactly(Map.entry("fteBasis", "1720"));
        assertThat(ruleset.rules().keySet())
                .containsExactly("DIV-ORG-COUNT", "AGR-MIN-CAPACITY", "META-STALE", "DIV-ELEPHANT");
        assertThat(ruleset.settings("DIV-ORG-COUNT").level()).contains(Level.OFF);
        assertThat(ruleset.settings("AGR-MIN-CAPACITY").parameters())
                .containsExactly(Map.entry("high", "1.0"), Map.entry("low", "0.10"));
        assertThat(ruleset.settings("META-STALE")).isEqualTo(Ruleset.RuleSettings.NONE);
        assertThat(ruleset.settings("DIV-ELEPHANT").level()).isEmpty();
        assertThat(ruleset.settings("AGR-EXPIRING")).isEqualTo(Ruleset.RuleSettings.NONE);

        GovernanceRules engine = GovernanceRules.builder().ruleset(ruleset).build();
        Evaluation evaluation = engine.evaluate(WorkedExample.context(WorkedExample.DATE));
        assertThat(evaluation.rulesetName()).isEqualTo("public-sector");
        assertThat(Findings.of(evaluation, "DIV-ORG-COUNT")).isEmpty();
        Finding capacity = Findings.single(evaluation, "AGR-MIN-CAPACITY");
        assertThat(capacity.severity()).isEqualTo(Severity.ERROR);
        assertThat(capacity.evidence()).containsEntry("fteBasis", new java.math.BigDecimal("1720"));
        assertThat(engine.parameters("DIV-BUS-FACTOR").text("fteBasis")).isEqualTo("1720");
    }

    @Test
    void theMinimalRulesetIsTheDefault() {
        RulesetResult result = Ruleset.parse("rulesetVersion: \"0.1\"\n");
        assertThat(result.ruleset()).contains(new Ruleset("ruleset", Map.of(), Map.of()));
        assertThat(GovernanceRules.builder()
                        .ruleset(result.ruleset().orElseThrow())
                        .build()
                        .evaluate(WorkedExample.context(WorkedExample.DATE))
                        .findings())
                .isEqualTo(GovernanceRules.defaults()
                        .evaluate(WorkedExample.context(WorkedExample.DATE))
                        .findings());
    }

    @Test
    void everyMistakeIsPositioned() {
        RulesetResult result = Ruleset.parse("""
                rulesetVersion: "0.2"
                extends: strict
                colour: blue
                parameters:
                  fteBasis: -1
                  colour: red
                rules:
                  NO-SUCH-RULE: {level: error}
                  DIV-ELEPHANT:
                    level: fatal
                    parameters:
                      p: 1.5
                      q: 2
                  DIV-ORG-COUNT:
                    level: Warning
                    severity: error
                  META-STALE: [off]
                """);
        assertThat(result.ruleset()).isEmpty();
        assertThat(result.isValid()).isFalse();
        assertThat(problems(result)).isEqualTo("""
                        ruleset.version rulesetVersion 1:17
                        ruleset.extends-no-directory extends 2:10
                        ruleset.parameter-value parameters.fteBasis 5:13
                        ruleset.unknown-parameter parameters.colour 6:3
                        ruleset.unknown-rule rules.NO-SUCH-RULE 8:3
                        value.not-allowed rules.DIV-ELEPHANT.level 10:12
                        ruleset.parameter-value rules.DIV-ELEPHANT.parameters.p 12:10
                        ruleset.unknown-parameter rules.DIV-ELEPHANT.parameters.q 13:7
                        value.not-allowed rules.DIV-ORG-COUNT.level 15:12
                        field.unknown rules.DIV-ORG-COUNT.severity 16:5
                        field.wrong-type rules.META-STALE 17:15
                        field.unknown colour 3:1""".strip());
        Problem value = result.problems().get(6);
        assertThat(value.message()).isEqualTo("p must be a number greater than 0 and at most 1, got 1.5");
        assertThat(value.arguments()).containsEntry("name", "p").containsEntry("value", "1.5");
        assertThat(result.problems().get(2).message()).contains("fteBasis").contains("got -1");
        assertThat(result.problems().get(7).message())
                .contains("DIV-ELEPHANT has no parameter named q; it has p, k, fteBasis");
        assertThat(result.problems()).allMatch(p -> p.severity() == Severity.ERROR);
    }

    @Test
    void theVersionIsRequiredAndTheTopLevelAMapping() {
        assertThat(problems(Ruleset.parse("rules: {}\n"))).isEqualTo("field.required rulesetVersion 1:1");
        assertThat(problems(Ruleset.parse("- rulesetVersion\n"))).isEqualTo("document.not-mapping  1:1");
        assertThat(problems(Ruleset.parse("# nothing\n"))).isEqualTo("field.required rulesetVersion 1:1");
        assertThat(problems(Ruleset.parse("rulesetVersion: \"0.1\"\nrules: [a]\n")))
                .isEqualTo("field.wrong-type rules 2:8");
        assertThat(Ruleset.parse("rulesetVersion: [\n").problems())
                .extracting(Problem::code)
                .containsExactly("yaml.syntax");
    }

    @Test
    void aRulesetFileIsNamedAfterItself(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("strict.yml");
        Files.writeString(
                file, "rulesetVersion: \"0.1\"\nrules:\n  DIV-ORG-COUNT: {level: error}\n", StandardCharsets.UTF_8);
        RulesetResult result = Ruleset.parse(file);
        assertThat(result.ruleset().orElseThrow().name()).isEqualTo("strict.yml");
        assertThat(result.sourceMap().find("rules.DIV-ORG-COUNT.level"))
                .hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(3));
    }

    @Test
    void aRulesetMayConfigureYourOwnRules() {
        Rule custom = new Rule() {
            @Override
            public String id() {
                return "X-CUSTOM";
            }

            @Override
            public String description() {
                return "A rule of our own.";
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.INFO;
            }

            @Override
            public URI anchor() {
                return URI.create("https://example.org/custom");
            }

            @Override
            public Map<String, String> defaultParameters() {
                return Map.of("names", "a");
            }

            @Override
            public List<Outcome> evaluate(RuleContext context, RuleParameters parameters) {
                return List.of(Outcome.pass(String.join("+", parameters.list("names")), List.of(), Map.of()));
            }
        };
        String yaml = "rulesetVersion: \"0.1\"\nrules:\n  X-CUSTOM: {level: warning, parameters: {names: [b, c]}}\n";
        assertThat(problems(Ruleset.parse(yaml))).isEqualTo("ruleset.unknown-rule rules.X-CUSTOM 3:3");
        List<Rule> rules = new ArrayList<>(GovernanceRules.defaultRules());
        rules.add(custom);
        RulesetResult result = Ruleset.parse(yaml, rules);
        assertThat(result.problems()).isEmpty();
        Evaluation evaluation = GovernanceRules.builder()
                .addRule(custom)
                .ruleset(result.ruleset().orElseThrow())
                .build()
                .evaluate(WorkedExample.context(WorkedExample.DATE));
        Finding finding = Findings.single(evaluation, "X-CUSTOM");
        assertThat(finding.message()).isEqualTo("b+c");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void rulesetsAreImmutableValues() {
        Ruleset base = Ruleset.defaults();
        Ruleset changed = base.withLevel("DIV-ORG-COUNT", Level.OFF)
                .withParameter("DIV-ORG-COUNT", "minOrganisations", "2")
                .withCommonParameter("fteBasis", "1800")
                .named("mine");
        assertThat(base).isEqualTo(Ruleset.defaults());
        assertThat(base.rules()).isEmpty();
        assertThat(changed.name()).isEqualTo("mine");
        assertThat(changed.settings("DIV-ORG-COUNT"))
                .isEqualTo(new Ruleset.RuleSettings(Optional.of(Level.OFF), Map.of("minOrganisations", "2")));
        assertThat(changed.commonParameters()).containsEntry("fteBasis", "1800");
        assertThat(GovernanceRules.builder().ruleset(changed).build().level("DIV-ORG-COUNT"))
                .isEqualTo(Level.OFF);
    }
}
