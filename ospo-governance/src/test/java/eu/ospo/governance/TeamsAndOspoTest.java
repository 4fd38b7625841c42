package eu.ospo.governance;

import static eu.ospo.governance.ProblemsTest.at;
import static eu.ospo.governance.ProblemsTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.Governance;
import eu.ospo.model.Membership;
import eu.ospo.model.ProcessType;
import eu.ospo.model.Team;
import eu.ospo.model.TeamRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * governance.yml 0.2: teams, memberships, the OSPO and resolved team and coder references; and 0.1
 * files read as before.
 */
class TeamsAndOspoTest {

    /** {@link ProblemsTest#BASE} in version 0.2 with two teams, an OSPO and per-team reports. */
    static final String BASE = ProblemsTest.BASE
                    .replace("governanceYmlVersion: \"0.1\"", "governanceYmlVersion: \"0.2\"")
                    .replace("    roles: [member]\n", "    roles: [member, ospo]\n")
                    .replace(
                            "    repository: https://git.example.org/app\n",
                            "    repository: https://git.example.org/app\n    ruleset: baseline\n")
                    .replace("  scope: perOrganisation\n", """
                      scope: perTeam
                      reports:
                        - organisation: utrecht
                          period: 2025-Q1
                          contractHours: 480
                          communityHours: 50
                          team: desk
                          coder: piet
                    """)
            + """
              - id: piet
                name: Piet
                affiliation: acme
                roles: [maintainer]
            teams:
              - id: desk
                name: Permit desk
                organisation: utrecht
                process: {type: primary, description: Permits}
                selfOrganising: true
                members:
                  - {contact: piet, role: coder, joined: 2024-01-01, hoursPerWeek: 36}
                  - {contact: jan, role: productOwner, joined: 2023-06-01, left: 2024-12-31}
                  - {contact: jan, role: domainExpert, joined: 2025-01-01}
              - id: support
                name: Support
                organisation: acme
                process: {type: support}
            ospo:
              organisation: utrecht
              unit: OSPO
              contact: jan
              rulesets:
                - {id: baseline, location: rulesets/baseline.yml}
              tooling:
                - {name: CI templates, url: https://git.example.org/ci}
            """;

    static String with(String old, String replacement) {
        assertThat(BASE.indexOf(old)).as("occurs once: " + old).isNotNegative().isEqualTo(BASE.lastIndexOf(old));
        return BASE.replace(old, replacement);
    }

    private static Governance model(String text) {
        GovernanceResult result = Fixtures.PARSER.parse(text);
        assertThat(result.problems()).isEmpty();
        return result.governance().orElseThrow();
    }

    @Test
    void aVersion02FileWithTeamsAndAnOspoReadsIntoTheModel() {
        Governance g = model(BASE);

        assertThat(g.governanceYmlVersion()).isEqualTo("0.2");
        Team desk = g.team("desk").orElseThrow();
        assertThat(desk.organisation()).isEqualTo("utrecht");
        assertThat(desk.process().type()).isEqualTo(ProcessType.PRIMARY);
        assertThat(desk.process().description()).contains("Permits");
        assertThat(desk.selfOrganising()).isTrue();
        assertThat(desk.members()).hasSize(3);
        assertThat(desk.members().get(0).hoursPerWeek()).contains(new BigDecimal("36"));
        assertThat(desk.codersOn(LocalDate.of(2025, 3, 1))).containsExactly("piet");
        assertThat(g.team("support").orElseThrow().selfOrganising()).isFalse();
        assertThat(g.team("support").orElseThrow().members()).isEmpty();
        assertThat(g.ospo().orElseThrow().ruleset("baseline").orElseThrow().location())
                .isEqualTo("rulesets/baseline.yml");
        assertThat(g.ospo().orElseThrow().unit()).contains("OSPO");
        assertThat(g.project("app").orElseThrow().ruleset()).contains("baseline");
        CommunityTimeReport report = g.communityTime().orElseThrow().reports().get(0);
        assertThat(report.team()).contains("desk");
        assertThat(report.coder()).contains("piet");
    }

    @Test
    void aContactsMembershipHistoryListsEveryPeriodInOrder() {
        List<Membership> history = model(BASE).membershipHistory("jan");

        assertThat(history)
                .extracting(m -> m.member().role())
                .containsExactly(TeamRole.PRODUCT_OWNER, TeamRole.DOMAIN_EXPERT);
        assertThat(history).allSatisfy(m -> assertThat(m.team().id()).isEqualTo("desk"));
        assertThat(model(BASE).membershipHistory("nobody")).isEmpty();
    }

    @Test
    void aCoderIsAttributedToTheOneTeamOfTheOrganisationHeWasIn() {
        Governance g = model(BASE);
        var q1 = eu.ospo.model.CalendarPeriod.parse("2025-Q1").orElseThrow().days();

        assertThat(g.teamOf("piet", "utrecht", q1)).map(Team::id).contains("desk");
        assertThat(g.teamOf("piet", "acme", q1)).isEmpty();
        assertThat(g.teamOf(
                        "piet",
                        "utrecht",
                        eu.ospo.model.CalendarPeriod.parse("2023").orElseThrow().days()))
                .isEmpty();
    }

    @Test
    void whatTheWriterWritesReadsBackEqual() {
        Governance g = model(BASE);

        assertThat(model(GovernanceWriter.write(g))).isEqualTo(g);
    }

    @Test
    void version02KeysInAVersion01FileAreOneErrorEachAtTheKey() {
        String text = with("governanceYmlVersion: \"0.2\"", "governanceYmlVersion: \"0.1\"")
                .replace("      team: desk\n      coder: piet\n", "");

        assertThat(problems(text))
                .containsExactly(
                        "field.version@projects[0].ruleset@" + at(text, "ruleset: baseline"),
                        "field.version@teams@" + at(text, "teams:"),
                        "field.version@ospo@" + at(text, "ospo:"));
        assertThat(Fixtures.PARSER.parse(text).problems().get(1).message())
                .isEqualTo("teams needs governanceYmlVersion \"0.2\" or later; this file declares \"0.1\"");
    }

    @Test
    void inVersion01TheTeamAndCoderOfAReportAreFreeText() {
        GovernanceResult result = Fixtures.parse("all-keys-0.1.yml");

        assertThat(result.problems()).isEmpty();
        Governance g = result.governance().orElseThrow();
        assertThat(g.teams()).isEmpty();
        assertThat(g.ospo()).isEmpty();
        assertThat(g.communityTime().orElseThrow().reports())
                .extracting(r -> r.team().orElseThrow())
                .containsExactly("core", "core");
        assertThat(GovernanceWriter.write(g)).startsWith("governanceYmlVersion: \"0.1\"\n");
    }

    @Test
    void inVersion02AReportsTeamAndCoderMustBeDeclared() {
        String text = with("team: desk\n      coder: piet\n", "team: dsk\n      coder: pete\n");

        assertThat(problems(text))
                .containsExactly(
                        "reference.unknown@communityTime.reports[0].coder@" + at(text, "coder: pete"),
                        "reference.unknown@communityTime.reports[0].team@" + at(text, "team: dsk"));
    }

    @Test
    void aReportsTeamMustBelongToTheReportingOrganisation() {
        String text = with("team: desk\n      coder: piet\n", "team: support\n");

        assertThat(problems(text))
                .containsExactly("reference.mismatch@communityTime.reports[0].team@" + at(text, "team: support"));
        assertThat(Fixtures.PARSER.parse(text).problems().get(0).message())
                .isEqualTo("team support belongs to acme, not to the reporting organisation utrecht");
    }

    @Test
    void aReportsCoderMustHaveBeenInTheTeamDuringThePeriod() {
        String text = with("period: 2025-Q1\n", "period: 2023-Q4\n");

        assertThat(problems(text))
                .containsExactly("reference.mismatch@communityTime.reports[0].coder@" + at(text, "coder: piet"));
        assertThat(Fixtures.PARSER.parse(text).problems().get(0).message())
                .isEqualTo("piet was not a member of team desk in 2023-Q4");
    }

    @Test
    void membershipPeriodsAreChecked() {
        String overlapping = with(
                "{contact: jan, role: domainExpert, joined: 2025-01-01}",
                "{contact: jan, role: productOwner, joined: 2024-12-31}");
        assertThat(problems(overlapping))
                .containsExactly("range.overlap@teams[0].members[2].joined@" + at(overlapping, "joined: 2024-12-31}"));

        String hours = with("hoursPerWeek: 36}", "hoursPerWeek: 169}");
        assertThat(problems(hours))
                .containsExactly("value.range@teams[0].members[0].hoursPerWeek@" + at(hours, "hoursPerWeek: 169"));
        String none = with("hoursPerWeek: 36}", "hoursPerWeek: 0}");
        assertThat(problems(none))
                .containsExactly("value.range@teams[0].members[0].hoursPerWeek@" + at(none, "hoursPerWeek: 0"));
        String backwards = with("joined: 2023-06-01, left: 2024-12-31}", "joined: 2023-06-01, left: 2022-12-31}");
        assertThat(problems(backwards))
                .containsExactly(
                        "range.end-before-start@teams[0].members[1].left@" + at(backwards, "left: 2022-12-31"));
    }

    @Test
    void teamKeysAreTypedAndReferencesResolve() {
        String text = with("selfOrganising: true", "selfOrganising: yes")
                .replace("process: {type: support}", "process: {type: it}")
                .replace("{contact: piet, role: coder,", "{contact: piet, role: developer,")
                .replace("    organisation: acme\n    process", "    organisation: acne\n    process");

        assertThat(problems(text))
                .containsExactly(
                        "field.wrong-type@teams[0].selfOrganising@" + at(text, "yes"),
                        "value.not-allowed@teams[0].members[0].role@" + at(text, "role: developer"),
                        "value.not-allowed@teams[1].process.type@" + at(text, "type: it"),
                        "reference.unknown@teams[1].organisation@" + at(text, "organisation: acne"));
    }

    @Test
    void aProjectNamesAnOspoRulesetOrSaysWhyNotButNotBoth() {
        String both = with("    ruleset: baseline\n", "    ruleset: baseline\n    rulesetWaiver: legacy\n");
        assertThat(problems(both))
                .containsExactly("field.excluded-unless@projects[0].rulesetWaiver@" + at(both, "rulesetWaiver"));

        String unknown = with("    ruleset: baseline\n", "    ruleset: strict\n");
        assertThat(problems(unknown))
                .containsExactly("reference.unknown@projects[0].ruleset@" + at(unknown, "ruleset: strict"));
    }

    @Test
    void theOspoNeedsAnOrganisationAndAContact() {
        String text = with("  contact: jan\n  rulesets:", "  rulesets:")
                .replace(
                        "{name: CI templates, url: https://git.example.org/ci}",
                        "{name: CI templates, url: not a url}");

        assertThat(problems(text))
                .containsExactly(
                        "field.required@ospo.contact@" + at(text, "organisation: utrecht\n  unit"),
                        "value.url@ospo.tooling[0].url@" + at(text, "url: not"));
    }
}
