package eu.ospo.governance.rules;

import static eu.ospo.governance.rules.Communities.governance;
import static eu.ospo.governance.rules.Communities.organisation;
import static eu.ospo.governance.rules.Communities.project;
import static eu.ospo.governance.rules.RuleRunner.run;
import static eu.ospo.governance.rules.RuleRunner.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.Governance;
import eu.ospo.model.Organisation;
import eu.ospo.model.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CT-BELOW-POLICY. */
class CommunityTimeRuleTest {

    private static CommunityTimeReport report(String organisation, String period, String contract, String community) {
        return report(organisation, period, contract, community, Optional.empty());
    }

    private static CommunityTimeReport report(
            String organisation, String period, String contract, String community, Optional<String> coder) {
        return new CommunityTimeReport(
                organisation,
                CalendarPeriod.parse(period).orElseThrow(),
                new BigDecimal(contract),
                new BigDecimal(community),
                Optional.empty(),
                coder,
                Optional.empty());
    }

    private static CommunityTimePolicy policy(
            String percentage, CommunityTimeScope scope, CommunityTimeReport... reports) {
        return new CommunityTimePolicy(
                new BigDecimal(percentage), scope, ReportingPeriod.QUARTER, List.of(), List.of(reports));
    }

    private static Governance with(CommunityTimePolicy policy, Organisation... organisations) {
        return governance()
                .organisations(organisations.length == 0 ? new Organisation[] {organisation("a")} : organisations)
                .projects(project("p"))
                .communityTime(policy)
                .build();
    }

    @ParameterizedTest
    @CsvSource({"1000, 100, PASS", "1000, 99.9, FAIL", "0, 0, PASS"})
    void tenPercentOfContractHours(String contract, String community, Status expected) {
        List<Outcome> outcomes = run(
                "CT-BELOW-POLICY",
                with(policy("10", CommunityTimeScope.PER_ORGANISATION, report("a", "2025-Q1", contract, community))),
                "2025-05-01");
        assertThat(statuses(outcomes)).containsExactly(expected);
    }

    @Test
    void monthlyReportsAddUpToTheQuarter() {
        List<Outcome> outcomes = run(
                "CT-BELOW-POLICY",
                with(policy(
                        "10",
                        CommunityTimeScope.PER_ORGANISATION,
                        report("a", "2025-01", "100", "0"),
                        report("a", "2025-02", "100", "30"),
                        report("a", "2025-04", "100", "5"))),
                "2025-05-01");
        assertThat(outcomes)
                .extracting(o -> o.evidence().get("period") + " " + o.status())
                .containsExactly("2025-Q1 PASS", "2025-Q2 FAIL");
        assertThat(outcomes.get(0).locations())
                .extracting(l -> l.key())
                .containsExactly("communityTime.reports[0]", "communityTime.reports[1]");
        assertThat(outcomes.get(0).evidence()).containsEntry("percent", new BigDecimal("15"));
    }

    @Test
    void thePolicyCanBeStricterThanTheParameterButNotLooser() {
        CommunityTimeReport twelve = report("a", "2025-Q1", "100", "12");
        assertThat(statuses(run(
                        "CT-BELOW-POLICY",
                        with(policy("15", CommunityTimeScope.PER_ORGANISATION, twelve)),
                        "2025-05-01")))
                .containsExactly(Status.FAIL);
        CommunityTimeReport eight = report("a", "2025-Q1", "100", "8");
        Governance lax = with(policy("5", CommunityTimeScope.PER_ORGANISATION, eight));
        List<Outcome> outcomes = run("CT-BELOW-POLICY", lax, "2025-05-01");
        assertThat(statuses(outcomes)).containsExactly(Status.FAIL);
        assertThat(outcomes.get(0).evidence())
                .containsEntry("requiredPercent", new BigDecimal("10"))
                .containsEntry("policyPercentage", new BigDecimal("5"));
        assertThat(statuses(run("CT-BELOW-POLICY", lax, Optional.empty(), "2025-05-01", Map.of("percentage", "0"))))
                .containsExactly(Status.PASS);
    }

    @Test
    void perCoderReportsWithoutACoderCannotBeEvaluated() {
        List<Outcome> outcomes = run(
                "CT-BELOW-POLICY",
                with(policy(
                        "10",
                        CommunityTimeScope.PER_CODER,
                        report("a", "2025-Q1", "100", "20", Optional.of("ann")),
                        report("a", "2025-Q1", "100", "5", Optional.of("bob")),
                        report("a", "2025-Q1", "100", "50"))),
                "2025-05-01");
        assertThat(outcomes)
                .extracting(o -> o.status() + " " + o.evidence().get("member"))
                .containsExactly("PASS ann", "FAIL bob", "FAIL null");
        assertThat(outcomes.get(2).message()).contains("names no coder");
    }

    @Test
    void anOrganisationsOwnPolicyGovernsItsReports() {
        Organisation strict = new Organisation(
                "s",
                "Strict",
                "https://s.example",
                "NL",
                eu.ospo.model.OrganisationType.PUBLIC_AUTHORITY,
                List.of(),
                List.of(eu.ospo.model.OrganisationRole.MEMBER),
                Communities.date("2020-01-01"),
                Optional.empty(),
                Optional.of(policy("20", CommunityTimeScope.PER_ORGANISATION, report("s", "2025-Q2", "100", "15"))));
        List<Outcome> outcomes = run(
                "CT-BELOW-POLICY",
                with(
                        policy(
                                "10",
                                CommunityTimeScope.PER_ORGANISATION,
                                report("a", "2025-Q1", "100", "15"),
                                report("s", "2025-Q1", "100", "15")),
                        organisation("a"),
                        strict),
                "2025-05-01");
        assertThat(outcomes)
                .extracting(o ->
                        o.evidence().get("organisation") + " " + o.evidence().get("period") + " " + o.status())
                .containsExactly("a 2025-Q1 PASS", "s 2025-Q1 FAIL", "s 2025-Q2 FAIL");
        assertThat(outcomes.get(2).locations().get(0).key()).isEqualTo("organisations[1].communityTime.reports[0]");
    }

    @Test
    void withoutReportsNothingApplies() {
        assertThat(statuses(
                        run("CT-BELOW-POLICY", with(policy("10", CommunityTimeScope.PER_ORGANISATION)), "2025-05-01")))
                .containsExactly(Status.NOT_APPLICABLE);
    }
}
