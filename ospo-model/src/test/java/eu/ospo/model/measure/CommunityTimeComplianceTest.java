package eu.ospo.model.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.Example;
import eu.ospo.model.ReportingPeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommunityTimeComplianceTest {

    @Test
    void researchExampleMeetsTheTenPercentPolicy() {
        CommunityTimeCompliance compliance = CommunityTimeCompliance.of(Example.communityTime());
        assertThat(compliance.units()).hasSize(1);
        CommunityTimeCompliance.Unit unit = compliance.units().get(0);
        assertThat(unit.organisation()).isEqualTo("utrecht");
        assertThat(unit.period().label()).isEqualTo("2025-Q1");
        assertThat(unit.percentage(new MathContext(3))).contains(new BigDecimal("10.3"));
        assertThat(compliance.isMet()).isTrue();
        assertThat(compliance.unplaced()).isEmpty();
    }

    @Test
    void exactlyThePercentageIsEnough() {
        CommunityTimePolicy policy = policy(CommunityTimeScope.PER_ORGANISATION, ReportingPeriod.QUARTER);
        assertThat(CommunityTimeCompliance.of(policy, List.of(report("a", "2025-Q1", "400", "40", null, null)))
                        .isMet())
                .isTrue();
        assertThat(CommunityTimeCompliance.of(policy, List.of(report("a", "2025-Q1", "400", "39.99", null, null)))
                        .below())
                .hasSize(1);
    }

    @Test
    void monthlyReportsAddUpIntoTheQuarter() {
        CommunityTimePolicy policy = policy(CommunityTimeScope.PER_ORGANISATION, ReportingPeriod.QUARTER);
        CommunityTimeCompliance compliance = CommunityTimeCompliance.of(
                policy,
                List.of(
                        report("a", "2025-01", "100", "0", null, null),
                        report("a", "2025-02", "100", "15", null, null),
                        report("a", "2025-03", "100", "15", null, null),
                        report("a", "2025-04", "100", "0", null, null)));
        assertThat(compliance.units()).extracting(u -> u.period().label()).containsExactly("2025-Q1", "2025-Q2");
        assertThat(compliance.units().get(0).contractHours()).isEqualByComparingTo("300");
        assertThat(compliance.units().get(0).met()).isTrue();
        assertThat(compliance.units().get(1).met()).isFalse();
    }

    @Test
    void reportsThatCannotBePlacedAreSetAside() {
        CommunityTimePolicy perCoder = policy(CommunityTimeScope.PER_CODER, ReportingPeriod.QUARTER);
        CommunityTimeReport yearly = report("a", "2025", "1000", "100", "c1", null);
        CommunityTimeReport noCoder = report("a", "2025-Q1", "100", "10", null, "t1");
        CommunityTimeCompliance compliance = CommunityTimeCompliance.of(perCoder, List.of(yearly, noCoder));
        assertThat(compliance.units()).isEmpty();
        assertThat(compliance.unplaced()).containsExactly(noCoder, yearly);
        assertThat(CommunityTimeCompliance.of(perCoder, List.of(noCoder, yearly)))
                .isEqualTo(compliance);
    }

    @Test
    void teamAverageDoesNotMeanEveryCoderComplies() {
        // the converse of invariant 16 is false
        List<CommunityTimeReport> reports = List.of(
                report("a", "2025-Q1", "100", "20", "c1", "t1"), report("a", "2025-Q1", "100", "0", "c2", "t1"));
        assertThat(CommunityTimeCompliance.of(policy(CommunityTimeScope.PER_TEAM, ReportingPeriod.QUARTER), reports)
                        .isMet())
                .isTrue();
        CommunityTimeCompliance perCoder =
                CommunityTimeCompliance.of(policy(CommunityTimeScope.PER_CODER, ReportingPeriod.QUARTER), reports);
        assertThat(perCoder.below()).extracting(u -> u.member().orElseThrow()).containsExactly("c2");
    }

    @Test
    void perCoderComplianceImpliesAggregateCompliance() {
        // invariant 16: every coder with contract hours > 0 meets p  =>  team and organisation meet p
        qt().forAll(
                        lists().of(integers().between(1, 2000)).ofSizeBetween(1, 8),
                        lists().of(integers().between(0, 100)).ofSize(8),
                        integers().between(0, 100))
                .checkAssert((contract, extraPercent, percentage) -> {
                    List<CommunityTimeReport> reports = new ArrayList<>();
                    for (int i = 0; i < contract.size(); i++) {
                        BigDecimal hours = BigDecimal.valueOf(contract.get(i));
                        // at least the percentage, plus up to 100 more percentage points
                        BigDecimal community = hours.multiply(BigDecimal.valueOf(percentage + extraPercent.get(i)))
                                .divide(BigDecimal.valueOf(100));
                        reports.add(new CommunityTimeReport(
                                "a",
                                CalendarPeriod.parse("2025-Q1").orElseThrow(),
                                hours,
                                community,
                                Optional.empty(),
                                Optional.of("c" + i),
                                Optional.of("t" + (i % 2))));
                    }
                    BigDecimal p = BigDecimal.valueOf(percentage);
                    assertThat(CommunityTimeCompliance.of(policy(p, CommunityTimeScope.PER_CODER), reports)
                                    .isMet())
                            .isTrue();
                    assertThat(CommunityTimeCompliance.of(policy(p, CommunityTimeScope.PER_TEAM), reports)
                                    .isMet())
                            .isTrue();
                    assertThat(CommunityTimeCompliance.of(policy(p, CommunityTimeScope.PER_ORGANISATION), reports)
                                    .isMet())
                            .isTrue();
                });
    }

    private static CommunityTimePolicy policy(CommunityTimeScope scope, ReportingPeriod period) {
        return new CommunityTimePolicy(BigDecimal.TEN, scope, period, List.of(), List.of());
    }

    private static CommunityTimePolicy policy(BigDecimal percentage, CommunityTimeScope scope) {
        return new CommunityTimePolicy(percentage, scope, ReportingPeriod.QUARTER, List.of(), List.of());
    }

    private static CommunityTimeReport report(
            String organisation, String period, String contract, String community, String coder, String team) {
        return new CommunityTimeReport(
                organisation,
                CalendarPeriod.parse(period).orElseThrow(),
                new BigDecimal(contract),
                new BigDecimal(community),
                Optional.empty(),
                Optional.ofNullable(coder),
                Optional.ofNullable(team));
    }
}
