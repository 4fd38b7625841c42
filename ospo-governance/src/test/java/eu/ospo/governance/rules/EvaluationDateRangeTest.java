package eu.ospo.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.ospo.governance.check.RepositoryCheck;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Evaluation dates are years 1900 to 9999: outside, contexts are refused up front, never a crash in a rule. */
class EvaluationDateRangeTest {

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "1899-12-31", "+10000-01-01", "0000-01-01"})
    void datesOutsideTheRangeAreRefusedUpFront(String text) {
        LocalDate date = LocalDate.parse(text);

        assertThatThrownBy(() -> RuleContext.of(WorkedExample.governance(), Optional.empty(), date))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(date + " is outside the supported range of evaluation dates, 1900-01-01 to 9999-12-31");
        assertThatThrownBy(() -> RepositoryCheck.builder().date(date))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1900-01-01 to 9999-12-31");
    }

    @Test
    void everyRuleEvaluatesOnTheFirstAndLastSupportedDays() {
        Ruleset farSighted = Ruleset.defaults()
                .withParameter("AGR-COVERAGE-GAP", "horizonDays", Integer.toString(Integer.MAX_VALUE))
                .withParameter("AGR-EXPIRING", "days", Integer.toString(Integer.MAX_VALUE))
                .withParameter("PC-CONTRACTOR-EXPIRED", "graceDays", Integer.toString(Integer.MAX_VALUE));
        for (GovernanceRules engine : new GovernanceRules[] {
            GovernanceRules.defaults(),
            GovernanceRules.builder().ruleset(farSighted).build()
        }) {
            for (LocalDate day : new LocalDate[] {RuleContext.EARLIEST_DATE, RuleContext.LATEST_DATE}) {
                Evaluation evaluation = engine.evaluate(new RuleContext(
                        WorkedExample.governance(),
                        Optional.of(WorkedExample.publicCode()),
                        day,
                        eu.ospo.problem.SourceMap.empty(),
                        eu.ospo.problem.SourceMap.empty()));

                assertThat(evaluation.date()).isEqualTo(day);
                assertThat(evaluation.findings()).isNotEmpty();
            }
        }
    }
}
