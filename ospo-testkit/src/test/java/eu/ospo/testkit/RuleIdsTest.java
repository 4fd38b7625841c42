package eu.ospo.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The testkit names the default rules without depending on the governance module; this keeps its list
 * equal to the engine's.
 */
class RuleIdsTest {

    @Test
    void theTestkitKnowsExactlyTheDefaultRules() {
        assertThat(Communities.ruleIds()).containsExactlyInAnyOrderElementsOf(Scenario.ruleIds());
    }
}
