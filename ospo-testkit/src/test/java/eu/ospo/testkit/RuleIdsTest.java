package eu.ospo.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The testkit names the default rules without depending on the governance module; this keeps its list
 * equal to the engine's.
 */
class RuleIdsTest {

    @Test
    void theTestkitKnowsExactlyTheDefaultRulesAnExemptionMayName() {
        // META-EXEMPTION-EXPIRED reports on exemptions themselves; exempting it would make no sense. The
        // FILE-* and CO-* rules read repository files, which generated communities do not have.
        assertThat(Communities.ruleIds())
                .containsExactlyInAnyOrderElementsOf(Scenario.ruleIds().stream()
                        .filter(id -> !id.equals("META-EXEMPTION-EXPIRED"))
                        .filter(id -> !id.startsWith("FILE-") && !id.startsWith("CO-"))
                        .toList());
    }
}
