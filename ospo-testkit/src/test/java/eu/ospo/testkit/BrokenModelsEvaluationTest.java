package eu.ospo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.GovernanceWriter;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.SourceMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/**
 * The rules run on a governance.yml with a semantic problem (GovernanceResult#governanceAsRead): for
 * every broken variant of the testkit, the file written from it is read back into the broken model,
 * evaluating the default rules on it never throws, every rule still reports, the rule that looks at
 * the broken value fails, and the findings of the rules that do not read it are the same as for the
 * valid model it was broken from.
 */
class BrokenModelsEvaluationTest {

    private static final int EXAMPLES = 80;

    private static final GovernanceParser PARSER = GovernanceParser.builder().build();

    private static final GovernanceRules RULES = GovernanceRules.defaults();

    /** A valid scenario and the same model broken in one way. */
    private record Pair(Scenario valid, BrokenGovernance broken) {}

    private static Gen<Pair> pairs(Defect defect) {
        Gen<Scenario> scenarios =
                defect.needsTeams() ? Scenario.scenarios(TeamPropertiesTest.TEAMS) : Scenario.scenarios();
        return in -> {
            Scenario valid = scenarios.generate(in);
            while (defect.needsTeams()
                    && valid.governance().teams().stream()
                            .allMatch(t -> t.members().isEmpty())) {
                valid = scenarios.generate(in); // the team defects need a team member to break
            }
            Scenario chosen = valid;
            BrokenGovernance broken =
                    Broken.of(defect, ignored -> chosen.governance()).generate(in);
            return new Pair(chosen, broken);
        };
    }

    /**
     * The rule families whose findings may change with a defect: those that read the broken value
     * (an agreement with a dangling project no longer counts for any project, a repeated agreement
     * counts twice, an agreement that ends before it starts is active on no day, ...).
     */
    private static final Map<Defect, List<String>> MAY_CHANGE = Map.of(
            Defect.MALFORMED_IDENTIFIER, List.of("ORG-IDENTIFIERS"),
            Defect.UNKNOWN_COUNTRY, List.of("ORG-IDENTIFIERS"),
            Defect.PERCENTAGE_OVER_100, List.of("CT-"),
            Defect.DANGLING_REFERENCE, List.of("ORG-IDENTIFIERS", "AGR-", "DIV-", "CT-", "XF-"),
            Defect.DUPLICATE_ID, List.of("ORG-IDENTIFIERS", "AGR-", "DIV-", "CT-", "XF-"),
            Defect.END_BEFORE_START, List.of("ORG-", "AGR-", "DIV-", "CT-", "XF-", "DEC-"),
            Defect.OUTSIDE_MEMBERSHIP, List.of("ORG-", "AGR-", "DIV-", "CT-", "XF-", "DEC-"),
            Defect.MEMBER_LEFT_BEFORE_JOINED, List.of("TEAM-", "CT-"),
            Defect.OVERLAPPING_MEMBERSHIP, List.of("TEAM-", "CT-"),
            Defect.UNKNOWN_TEAM_MEMBER, List.of("ORG-IDENTIFIERS", "TEAM-", "CT-"));

    /** Per rule, its findings as status and message, in a stable order. */
    private static Map<String, Set<String>> byRule(Evaluation evaluation) {
        Map<String, Set<String>> byRule = new TreeMap<>();
        for (Finding f : evaluation.findings()) {
            byRule.computeIfAbsent(f.ruleId(), k -> new TreeSet<>()).add(f.status() + " " + f.message());
        }
        return byRule;
    }

    /** Whether the rule fails (or would, but for an exemption the generated community has). */
    private static boolean fails(Evaluation evaluation, String ruleId) {
        return evaluation.findings().stream()
                .anyMatch(
                        f -> f.ruleId().equals(ruleId) && (f.status() == Status.FAIL || f.status() == Status.EXEMPTED));
    }

    @ParameterizedTest
    @EnumSource(Defect.class)
    void theRulesRunOnTheModelAsReadAndTheOtherFindingsStay(Defect defect) {
        qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(pairs(defect)).checkAssert(pair -> {
            BrokenGovernance broken = pair.broken();
            GovernanceResult parsed = PARSER.parse(GovernanceWriter.write(broken.governance()));
            assertThat(parsed.governanceAsRead()).as(broken.toString()).contains(broken.governance());
            Scenario valid = pair.valid();

            Evaluation after = RULES.evaluate(new RuleContext(
                    parsed.governanceAsRead().orElseThrow(),
                    valid.publicCode(),
                    valid.day(),
                    parsed.sourceMap(),
                    SourceMap.empty()));
            Evaluation before = valid.evaluate(RULES);

            Map<String, Set<String>> was = byRule(before);
            Map<String, Set<String>> is = byRule(after);
            assertThat(is.keySet()).as(broken.toString()).containsAll(was.keySet());
            List<String> mayChange = MAY_CHANGE.get(defect);
            Map<String, Set<String>> unrelatedBefore = was.entrySet().stream()
                    .filter(e -> mayChange.stream().noneMatch(e.getKey()::startsWith))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(is).as(broken.toString()).containsAllEntriesOf(unrelatedBefore);

            String key = broken.key();
            String described = broken + "\nfindings: " + is;
            switch (defect) {
                case MALFORMED_IDENTIFIER, UNKNOWN_COUNTRY, DANGLING_REFERENCE ->
                    assertThat(fails(after, "ORG-IDENTIFIERS")).as(described).isTrue();
                case DUPLICATE_ID ->
                    assertThat(fails(after, "ORG-IDENTIFIERS"))
                            .as(described)
                            .isEqualTo(key.startsWith("organisations["));
                case END_BEFORE_START -> {
                    if (key.startsWith("agreements[")) {
                        assertThat(fails(after, "AGR-WELLFORMED")).as(described).isTrue();
                    }
                }
                default -> {
                    // PERCENTAGE_OVER_100: CT-BELOW-POLICY judges reports against it, if there are any;
                    // OUTSIDE_MEMBERSHIP: RuleInvariantsTest checks ORG-MEMBERSHIP-INTERVAL
                }
            }
        });
    }
}
