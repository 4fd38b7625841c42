package eu.ospo.governance.rules;

import static eu.ospo.governance.rules.RuleRunner.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.model.Governance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * TEAM-CODER-EMBEDDED, TEAM-TENURE, TEAM-TURNOVER, CT-COVERAGE, CT-BELOW-POLICY with team data,
 * OSPO-PRESENT and OSPO-RULESET over one small community, evaluated on 2025-07-15.
 */
class TeamRulesTest {

    static final String DATE = "2025-07-15";

    /**
     * city: team permits (primary; ann since 2020, bob since 2024-11, cat left 2025-03-31, eve as
     * domain expert) and platform (support; eve since 2025). town: team benefits (primary), which lost
     * its only coder dan on 2025-02-28.
     */
    static final String COMMUNITY = """
            governanceYmlVersion: "0.2"
            community: {name: C, uri: https://example.org/c, lastReviewed: 2025-01-01}
            organisations:
              - {id: city, name: City, uri: https://city.example, country: NL, type: publicAuthority,
                 roles: [member, ospo], joined: 2020-01-01}
              - {id: town, name: Town, uri: https://town.example, country: NL, type: publicAuthority,
                 roles: [member], joined: 2020-01-01}
            projects:
              - {id: app, name: App, repository: https://git.example.org/app, ruleset: baseline}
              - {id: old, name: Old, repository: https://git.example.org/old, rulesetWaiver: Frozen since 2024}
              - {id: new, name: New, repository: https://git.example.org/new}
            communityTime:
              percentage: 10
              scope: perTeam
              reports:
                - {organisation: city, period: 2025-Q1, team: permits, contractHours: 1000, communityHours: 100}
                - {organisation: city, period: 2025-Q2, coder: ann, contractHours: 500, communityHours: 40}
                - {organisation: city, period: 2025-Q1, team: platform, contractHours: 400, communityHours: 40}
                - {organisation: city, period: 2025-Q2, coder: eve, contractHours: 400, communityHours: 45}
            contacts:
              - {id: ann, name: Ann, affiliation: city, roles: [maintainer]}
              - {id: bob, name: Bob, affiliation: city, roles: [maintainer]}
              - {id: cat, name: Cat, affiliation: city, roles: [maintainer]}
              - {id: dan, name: Dan, affiliation: town, roles: [maintainer]}
              - {id: eve, name: Eve, affiliation: city, roles: [reviewer]}
            teams:
              - id: permits
                name: Permit desk
                organisation: city
                process: {type: primary, description: Permits}
                selfOrganising: true
                members:
                  - {contact: ann, role: coder, joined: 2020-01-01}
                  - {contact: bob, role: coder, joined: 2024-11-01}
                  - {contact: cat, role: coder, joined: 2023-01-01, left: 2025-03-31}
                  - {contact: eve, role: domainExpert, joined: 2022-01-01}
              - id: benefits
                name: Benefits
                organisation: town
                process: {type: primary}
                members:
                  - {contact: dan, role: coder, joined: 2021-01-01, left: 2025-02-28}
              - id: platform
                name: Platform
                organisation: city
                process: {type: support, description: IT}
                members:
                  - {contact: eve, role: coder, joined: 2025-01-01}
            ospo:
              organisation: city
              contact: ann
              rulesets:
                - {id: baseline, location: rulesets/baseline.yml}
            """;

    static Governance parse(String text) {
        GovernanceResult result = GovernanceParser.builder().build().parse(text);
        assertThat(result.problems()).isEmpty();
        return result.governance().orElseThrow();
    }

    private static final Governance G = parse(COMMUNITY);

    private static List<Outcome> run(String rule) {
        return RuleRunner.run(rule, G, DATE);
    }

    @Test
    void everyPrimaryProcessTeamNeedsACoder() {
        List<Outcome> outcomes = run("TEAM-CODER-EMBEDDED");

        assertThat(outcomes).extracting(o -> o.evidence().get("team")).containsExactly("benefits", "permits");
        assertThat(statuses(outcomes)).containsExactly(Status.FAIL, Status.PASS);
        assertThat(outcomes.get(0).message())
                .isEqualTo("team benefits (Benefits) of town serves a primary process but has no coder on 2025-07-15;"
                        + " it needs 1");
        assertThat(outcomes.get(1).evidence()).containsEntry("coders", List.of("ann", "bob"));
        assertThat(statuses(RuleRunner.run("TEAM-CODER-EMBEDDED", G, Optional.empty(), DATE, Map.of("minCoders", "3"))))
                .containsExactly(Status.FAIL, Status.FAIL);
        assertThat(statuses(RuleRunner.run("TEAM-CODER-EMBEDDED", G, "2024-07-15")))
                .containsExactly(Status.PASS, Status.PASS);
    }

    @Test
    void medianTenureOfEachTeamsCurrentCoders() {
        List<Outcome> outcomes = run("TEAM-TENURE");

        assertThat(outcomes).extracting(o -> o.evidence().get("team")).containsExactly("permits", "platform");
        assertThat(statuses(outcomes)).containsExactly(Status.PASS, Status.FAIL);
        // ann 2020-01-01..2025-07-15 = 2023 days, bob 2024-11-01.. = 257 days
        assertThat(outcomes.get(0).evidence())
                .containsEntry("tenureDays", Map.of("ann", 2023L, "bob", 257L))
                .containsEntry("medianDays", new BigDecimal("1140"))
                .containsEntry("thresholdDays", new BigDecimal("365.25"));
        assertThat(outcomes.get(1).message())
                .isEqualTo("team platform (Platform) of city: median coder tenure 6.4 months (196 days, 1 coder);"
                        + " at least 12 expected");
        assertThat(statuses(RuleRunner.run("TEAM-TENURE", G, Optional.empty(), DATE, Map.of("months", "6"))))
                .containsExactly(Status.PASS, Status.PASS);
    }

    @Test
    void yearlyTurnoverPerTeamAndForTheCommunity() {
        List<Outcome> outcomes = run("TEAM-TURNOVER");

        assertThat(outcomes).extracting(o -> o.evidence().get("team")).containsExactly("benefits", "permits", "");
        assertThat(statuses(outcomes)).containsExactly(Status.FAIL, Status.FAIL, Status.FAIL);
        assertThat(outcomes.get(1).evidence())
                .containsEntry("cohort", List.of("ann", "cat"))
                .containsEntry("leavers", List.of("cat"))
                .containsEntry("joiners", List.of("bob"))
                .containsEntry("percent", new BigDecimal("50"));
        assertThat(outcomes.get(2).message())
                .isEqualTo("the community's coders: 2 of 3 coders of 2024-07-15 left by 2025-07-15 (66.7%: cat, dan);"
                        + " at most 25% accepted");
        assertThat(statuses(RuleRunner.run("TEAM-TURNOVER", G, Optional.empty(), DATE, Map.of("percentage", "50"))))
                .containsExactly(Status.FAIL, Status.PASS, Status.FAIL);
    }

    @Test
    void perTeamPolicyFromPerCoderReportsThroughTheTeamData() {
        List<Outcome> outcomes = run("CT-BELOW-POLICY");

        assertThat(outcomes)
                .extracting(Outcome::message)
                .containsExactly(
                        "city team permits (Permit desk) reported 100 community hours of 1000 contract hours in"
                                + " 2025-Q1 (10.0%); the policy requires 10%",
                        "city team permits (Permit desk) reported 40 community hours of 500 contract hours in"
                                + " 2025-Q2 (8.0%); the policy requires 10%",
                        "city team platform (Platform) reported 40 community hours of 400 contract hours in"
                                + " 2025-Q1 (10.0%); the policy requires 10%",
                        "city team platform (Platform) reported 45 community hours of 400 contract hours in"
                                + " 2025-Q2 (11.3%); the policy requires 10%");
        assertThat(statuses(outcomes)).containsExactly(Status.PASS, Status.FAIL, Status.PASS, Status.PASS);
    }

    @Test
    void everyCoderIsCoveredByAReportInEachClosedPeriod() {
        List<Outcome> outcomes = run("CT-COVERAGE");

        assertThat(outcomes)
                .extracting(o -> o.evidence().get("team"))
                .containsExactly("permits", "platform", "benefits");
        assertThat(statuses(outcomes)).containsExactly(Status.FAIL, Status.PASS, Status.FAIL);
        assertThat(outcomes.get(0).evidence())
                .containsEntry("periods", List.of("2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"))
                .containsEntry("missing", List.of("2024-Q3", "2024-Q4"))
                .containsEntry("members", List.of("ann", "bob", "cat"));
        assertThat(outcomes.get(2).message())
                .isEqualTo(
                        "team benefits of town: no community-time report for 2024-Q3, 2024-Q4, 2025-Q1 (members: dan)");
        assertThat(outcomes.get(1).evidence()).containsEntry("periods", List.of("2025-Q1", "2025-Q2"));
        assertThat(statuses(RuleRunner.run("CT-COVERAGE", G, Optional.empty(), DATE, Map.of("periods", "2"))))
                .containsExactly(Status.PASS, Status.PASS, Status.FAIL);
    }

    @Test
    void coverageAtTheScopesOfTheOtherPolicies() {
        Governance perCoder = parse(COMMUNITY.replace("scope: perTeam", "scope: perCoder"));
        List<Outcome> coders = RuleRunner.run("CT-COVERAGE", perCoder, Optional.empty(), DATE, Map.of("periods", "1"));
        // 2025-Q2: ann and eve reported; bob did not; dan and cat had left
        assertThat(coders).extracting(o -> o.evidence().get("coder")).containsExactly("ann", "bob", "eve");
        assertThat(statuses(coders)).containsExactly(Status.PASS, Status.FAIL, Status.PASS);

        Governance perOrganisation = parse(COMMUNITY.replace("scope: perTeam", "scope: perOrganisation"));
        List<Outcome> organisations =
                RuleRunner.run("CT-COVERAGE", perOrganisation, Optional.empty(), DATE, Map.of("periods", "2"));
        assertThat(organisations)
                .extracting(o -> o.evidence().get("organisation"))
                .containsExactly("city", "town");
        assertThat(statuses(organisations)).containsExactly(Status.PASS, Status.FAIL);
    }

    @Test
    void theOspoIsNamedWithItsRoleAndContact() {
        Outcome present = RuleRunner.only(run("OSPO-PRESENT"));
        assertThat(present.status()).isEqualTo(Status.PASS);
        assertThat(present.message()).isEqualTo("the OSPO (city) publishes 1 ruleset and 0 tools; contact ann");

        Outcome withoutRole = RuleRunner.only(RuleRunner.run(
                "OSPO-PRESENT", parse(COMMUNITY.replace("roles: [member, ospo]", "roles: [member]")), DATE));
        assertThat(withoutRole.status()).isEqualTo(Status.FAIL);
        assertThat(withoutRole.message()).isEqualTo("the OSPO (city): city does not have the ospo role");

        String withoutSection =
                COMMUNITY.substring(0, COMMUNITY.indexOf("ospo:\n")).replace(", ruleset: baseline", "");
        Outcome missing = RuleRunner.only(RuleRunner.run("OSPO-PRESENT", parse(withoutSection), DATE));
        assertThat(missing.status()).isEqualTo(Status.FAIL);
        assertThat(missing.message())
                .isEqualTo("governance.yml names no OSPO (the ospo section), although city has the ospo role");
    }

    @Test
    void projectsUseAnOspoRulesetOrSayWhyNot() {
        List<Outcome> outcomes = run("OSPO-RULESET");

        assertThat(outcomes).extracting(o -> o.evidence().get("project")).containsExactly("app", "new", "old");
        assertThat(statuses(outcomes)).containsExactly(Status.PASS, Status.FAIL, Status.PASS);
        assertThat(outcomes.get(1).message())
                .isEqualTo("new names none of the OSPO's rulesets (baseline) and gives no rulesetWaiver");
        assertThat(outcomes.get(2).message()).isEqualTo("old uses no OSPO ruleset: Frozen since 2024");
    }

    @Test
    void withoutTeamsOrOspoTheRulesDoNotApply() {
        String plain = COMMUNITY
                .substring(0, COMMUNITY.indexOf("teams:\n"))
                .replace(", ruleset: baseline", "")
                .replace(", coder: ann", ", team: permits")
                .replace(", coder: eve", ", team: permits")
                .replace("team: platform", "team: permits")
                .replace("governanceYmlVersion: \"0.2\"", "governanceYmlVersion: \"0.1\"")
                .replace(", rulesetWaiver: Frozen since 2024", "")
                .replace("roles: [member, ospo]", "roles: [member]");
        Governance g = parse(plain);
        for (String rule : List.of(
                "TEAM-CODER-EMBEDDED", "TEAM-TENURE", "TEAM-TURNOVER", "CT-COVERAGE", "OSPO-PRESENT", "OSPO-RULESET")) {
            assertThat(statuses(RuleRunner.run(rule, g, DATE))).as(rule).containsExactly(Status.NOT_APPLICABLE);
        }
    }
}
