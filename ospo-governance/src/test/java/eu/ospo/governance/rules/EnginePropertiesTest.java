package eu.ospo.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import eu.ospo.model.Governance;
import eu.ospo.publiccode.model.PublicCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the engine over random communities (order never matters, exemptions only help, evaluation is pure). */
class EnginePropertiesTest {

    private static final GovernanceRules ENGINE = GovernanceRules.defaults();

    /** What a finding says, without where (key indices follow list order). */
    record Said(String ruleId, String severity, Status status, String message, Object evidence) {}

    static List<Said> withoutPositions(Evaluation evaluation) {
        return evaluation.findings().stream()
                .map(f -> new Said(f.ruleId(), f.severity().label(), f.status(), f.message(), f.evidence()))
                .toList();
    }

    private static Evaluation evaluate(Governance governance, PublicCode publicCode, int dayOffset) {
        return ENGINE.evaluate(RuleContext.of(
                governance,
                Optional.of(publicCode),
                LocalDate.parse("2024-06-01").plusDays(dayOffset)));
    }

    @Test
    void reorderingListsNeverChangesWhatIsFound() {
        qt().withExamples(60)
                .forAll(longs().all(), integers().between(1, 12), integers().between(0, 900))
                .checkAssert((seed, size, day) -> {
                    Governance governance = RandomCommunity.governance(seed, size);
                    PublicCode publicCode = RandomCommunity.publicCode(seed);
                    Governance shuffled = Shuffled.of(governance, new Random(seed ^ 0x5DEECE66DL));
                    assertThat(withoutPositions(evaluate(shuffled, publicCode, day)))
                            .isEqualTo(withoutPositions(evaluate(governance, publicCode, day)));
                });
    }

    @Test
    void evaluationIsPure() {
        qt().withExamples(30)
                .forAll(longs().all(), integers().between(1, 12), integers().between(0, 900))
                .checkAssert((seed, size, day) -> assertThat(
                                evaluate(RandomCommunity.governance(seed, size), RandomCommunity.publicCode(seed), day))
                        .isEqualTo(evaluate(
                                RandomCommunity.governance(seed, size), RandomCommunity.publicCode(seed), day)));
    }

    @Test
    void exemptionsOnlyTurnFailuresIntoExemptions() {
        qt().withExamples(40)
                .forAll(longs().all(), integers().between(1, 10), integers().between(0, 900))
                .checkAssert((seed, size, day) -> {
                    Governance governance = RandomCommunity.governance(seed, size);
                    PublicCode publicCode = RandomCommunity.publicCode(seed);
                    Governance exempted = withExemptionForEveryRule(governance);
                    List<Finding> before = evaluate(governance, publicCode, day).findings().stream()
                            .filter(f -> !f.ruleId().equals("META-EXEMPTION-EXPIRED"))
                            .toList();
                    List<Finding> after = evaluate(exempted, publicCode, day).findings().stream()
                            .filter(f -> !f.ruleId().equals("META-EXEMPTION-EXPIRED"))
                            .toList();
                    assertThat(after).hasSameSizeAs(before);
                    for (int i = 0; i < before.size(); i++) {
                        Status was = before.get(i).status();
                        Status is = after.get(i).status();
                        assertThat(is).isEqualTo(was == Status.FAIL ? Status.EXEMPTED : was);
                    }
                    assertThat(evaluate(exempted, publicCode, day).passed()).isTrue();
                });
    }

    private static Governance withExemptionForEveryRule(Governance g) {
        List<eu.ospo.model.Exemption> all = GovernanceRules.defaultRules().stream()
                .map(r -> new eu.ospo.model.Exemption(r.id(), "property test", Optional.empty()))
                .toList();
        var c = g.community();
        return g.withCommunity(c.withExemptions(all));
    }
}
