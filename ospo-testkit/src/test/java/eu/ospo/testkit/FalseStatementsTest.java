package eu.ospo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.ReportingPeriod;
import eu.ospo.model.measure.CommunityTimeCompliance;
import eu.ospo.model.measure.Concentration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Plausible but false statements about the measures, tested as the counterexamples they are:
 * the stated counterexample really violates the statement, and a QuickTheories search over the
 * testkit's generators finds a counterexample on its own.
 */
class FalseStatementsTest {

    private static final BigDecimal HALF = Concentration.HALF;

    private static List<BigDecimal> weights(int... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    private static List<BigDecimal> plus(List<BigDecimal> w, BigDecimal x) {
        List<BigDecimal> more = new ArrayList<>(w);
        more.add(x);
        return more;
    }

    private static List<BigDecimal> withoutLargest(List<BigDecimal> w) {
        List<BigDecimal> fewer = new ArrayList<>(w);
        fewer.remove(Collections.max(fewer));
        return fewer;
    }

    // "Adding an organisation never decreases the elephant factor."

    @Test
    void addingAnOrganisationCanDecreaseTheElephantFactor() {
        List<BigDecimal> four = weights(10, 10, 10, 10);
        List<BigDecimal> five = plus(four, BigDecimal.valueOf(100));
        assertThat(Concentration.factor(four, HALF)).isEqualTo(2);
        assertThat(Concentration.factor(five, HALF)).isEqualTo(1);
    }

    @Test
    void aSearchFindsAnOrganisationWhoseArrivalDecreasesTheElephantFactor() {
        assertThatThrownBy(() -> qt().forAll(Weights.vectors(), Weights.positiveVectors(1, 1))
                        .check((w, added) ->
                                Concentration.factor(plus(w, added.get(0)), HALF) >= Concentration.factor(w, HALF)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Property falsified");
    }

    // "Removing the largest organisation always increases F."

    @Test
    void removingTheLargestOrganisationCanLeaveFUnchanged() {
        List<BigDecimal> two = weights(50, 50);
        assertThat(Concentration.factor(two, HALF)).isEqualTo(1);
        assertThat(Concentration.factor(withoutLargest(two), HALF)).isEqualTo(1);
    }

    @Test
    void aSearchFindsALargestOrganisationWhoseDepartureDoesNotIncreaseF() {
        assertThatThrownBy(() -> qt().forAll(Weights.positiveVectors(1, 8), Weights.thresholds())
                        .check((w, p) -> Concentration.factor(withoutLargest(w), p) > Concentration.factor(w, p)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Property falsified");
    }

    // "If the team average community time is at least 10 %, every coder has at least 10 %."

    @Test
    void aTeamAtTenPercentCanHaveACoderBelowIt() {
        CalendarPeriod q1 = CalendarPeriod.parse("2025-Q1").orElseThrow();
        List<CommunityTimeReport> reports = List.of(
                report(q1, "anna", "200", "40"), // 20 %
                report(q1, "bram", "200", "0")); // 0 %
        CommunityTimePolicy perTeam = new CommunityTimePolicy(
                BigDecimal.TEN, CommunityTimeScope.PER_TEAM, ReportingPeriod.QUARTER, List.of(), reports);
        assertThat(CommunityTimeCompliance.of(perTeam).isMet()).isTrue(); // 40 / 400 = 10 %
        CommunityTimePolicy perCoder = CommunityTimeInvariantsTest.withScope(perTeam, CommunityTimeScope.PER_CODER);
        assertThat(CommunityTimeCompliance.of(perCoder).below())
                .singleElement()
                .satisfies(unit -> assertThat(unit.member()).contains("bram"));
    }

    @Test
    void aSearchFindsATeamThatMeetsThePolicyWithACoderWhoDoesNot() {
        // the generated per-coder reports, moved into one period so that coders share it
        Gen<CommunityTimePolicy> oneQuarter = CommunityTimeInvariantsTest.PER_CODER.map(p -> new CommunityTimePolicy(
                p.percentage(),
                p.scope(),
                p.period(),
                p.appliesToRoles(),
                p.reports().stream()
                        .map(r -> new CommunityTimeReport(
                                r.organisation(),
                                p.period().containing(LocalDate.of(2025, 2, 1)),
                                r.contractHours(),
                                r.communityHours(),
                                r.coders(),
                                r.coder(),
                                r.team()))
                        .toList()));
        assertThatThrownBy(() -> qt().withExamples(2000)
                        .forAll(oneQuarter)
                        .check(policy -> !CommunityTimeCompliance.of(CommunityTimeInvariantsTest.withScope(
                                                policy, CommunityTimeScope.PER_ORGANISATION))
                                        .isMet()
                                || CommunityTimeCompliance.of(policy).isMet()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Property falsified");
    }

    private static CommunityTimeReport report(CalendarPeriod period, String coder, String contract, String community) {
        return new CommunityTimeReport(
                "utrecht",
                period,
                new BigDecimal(contract),
                new BigDecimal(community),
                Optional.empty(),
                Optional.of(coder),
                Optional.of("core"));
    }
}
