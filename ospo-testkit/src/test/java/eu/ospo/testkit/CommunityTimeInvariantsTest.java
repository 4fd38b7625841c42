package eu.ospo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.measure.CommunityTimeCompliance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariant 16: per-coder compliance implies team and organisation compliance. */
class CommunityTimeInvariantsTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Per-coder policies from the generator, with every coder's report lifted to meet the policy. */
    static final Gen<CommunityTimePolicy> COMPLIANT_PER_CODER = CommunityTime.policies()
            .map(p -> new CommunityTimePolicy(
                    p.percentage().min(HUNDRED),
                    CommunityTimeScope.PER_CODER,
                    p.period(),
                    p.appliesToRoles(),
                    p.reports()))
            .map(CommunityTimeInvariantsTest::everyCoderMeets);

    /** Per-coder policies as generated (some coders below, some above). */
    static final Gen<CommunityTimePolicy> PER_CODER = CommunityTime.policies()
            .map(p -> new CommunityTimePolicy(
                    p.percentage(), CommunityTimeScope.PER_CODER, p.period(), p.appliesToRoles(), p.reports()));

    private static CommunityTimePolicy everyCoderMeets(CommunityTimePolicy policy) {
        List<CommunityTimeReport> reports = policy.reports().stream()
                .filter(r -> r.coder().isPresent())
                .map(r -> {
                    BigDecimal contract = r.contractHours().signum() > 0 ? r.contractHours() : BigDecimal.ONE;
                    BigDecimal needed = policy.percentage().multiply(contract).divide(HUNDRED, 2, RoundingMode.CEILING);
                    return new CommunityTimeReport(
                            r.organisation(),
                            r.period(),
                            contract,
                            r.communityHours().max(needed),
                            r.coders(),
                            r.coder(),
                            r.team());
                })
                .toList();
        return new CommunityTimePolicy(
                policy.percentage(), policy.scope(), policy.period(), policy.appliesToRoles(), reports);
    }

    static CommunityTimePolicy withScope(CommunityTimePolicy p, CommunityTimeScope scope) {
        return new CommunityTimePolicy(p.percentage(), scope, p.period(), p.appliesToRoles(), p.reports());
    }

    @Test
    void invariant16PerCoderComplianceImpliesTeamAndOrganisationCompliance() {
        qt().withExamples(500).forAll(COMPLIANT_PER_CODER).checkAssert(policy -> {
            CommunityTimeCompliance perCoder = CommunityTimeCompliance.of(policy);
            assertThat(perCoder.units()).allSatisfy(u -> {
                assertThat(u.contractHours().signum()).isPositive();
                assertThat(u.met()).isTrue();
            });
            assertThat(CommunityTimeCompliance.of(withScope(policy, CommunityTimeScope.PER_TEAM))
                            .isMet())
                    .isTrue();
            assertThat(CommunityTimeCompliance.of(withScope(policy, CommunityTimeScope.PER_ORGANISATION))
                            .isMet())
                    .isTrue();
        });
    }

    @Test
    void theLiftedPoliciesAreNotTrivial() {
        List<CommunityTimePolicy> sample = ValidByConstructionTest.sample(COMPLIANT_PER_CODER, 300);
        assertThat(sample)
                .anyMatch(p -> CommunityTimeCompliance.of(p).units().size() >= 3
                        && p.percentage().signum() > 0);
        assertThat(sample)
                .anyMatch(p -> p.reports().stream().anyMatch(r -> r.team().isPresent()));
    }
}
