package eu.ospo.testkit;

import static java.math.BigDecimal.ONE;
import static java.math.BigDecimal.ZERO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.GovernanceWriter;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.DateRange;
import eu.ospo.model.Governance;
import eu.ospo.model.Team;
import eu.ospo.model.TeamMember;
import eu.ospo.model.TeamRole;
import eu.ospo.model.measure.CommunityTimeTotals;
import eu.ospo.model.measure.Tenure;
import eu.ospo.model.measure.TenureDistribution;
import eu.ospo.model.measure.Turnover;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The team and OSPO generators (governance.yml 0.2): valid by construction and round-tripping, their
 * tenure and turnover knobs, and the measures' invariants over generated communities.
 */
class TeamPropertiesTest {

    private static final GovernanceParser PARSER = GovernanceParser.builder().build();
    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    static final Gen<Governance> TEAMS = Communities.builder()
            .organisations(1, 5)
            .contactsPerOrganisation(1, 4)
            .between(FROM, TO)
            .teamsPerOrganisation(1, 3)
            .codersPerTeam(1, 4)
            .withOspo()
            .build();

    @Test
    void communitiesWithTeamsAndAnOspoAreValidAndRoundTrip() {
        qt().withExamples(300).forAll(TEAMS).checkAssert(model -> {
            assertThat(model.governanceYmlVersion()).isEqualTo("0.2");
            assertThat(model.ospo()).isPresent();
            assertThat(ModelCheck.constraintViolations(model)).isEmpty();
            String yaml = GovernanceWriter.write(model);
            GovernanceResult result = PARSER.parse(yaml);
            assertThat(result.problems()).as(yaml).isEmpty();
            assertThat(result.governance()).as(yaml).contains(model);
        });
    }

    @Test
    void mostCommunitiesHaveTeamsWithCodersAndReportsNamingThem() {
        List<Governance> models = new ArrayList<>();
        qt().withExamples(200).forAll(TEAMS).checkAssert(models::add);
        assertThat(models.stream()
                        .filter(g ->
                                g.teams().stream().anyMatch(t -> !t.members().isEmpty())))
                .hasSizeGreaterThan(150);
        assertThat(models.stream()
                        .flatMap(g -> g.communityTime().stream())
                        .flatMap(p -> p.reports().stream())
                        .filter(r -> r.team().isPresent()))
                .isNotEmpty();
    }

    @Test
    void theTenureKnobSetsHowLongCodersHaveBeen() {
        Gen<Governance> veterans = Communities.builder()
                .organisations(1, 3)
                .between(LocalDate.of(2000, 1, 1), TO)
                .withoutLeavers()
                .teamsPerOrganisation(1, 2)
                .tenureMonths(24, 36)
                .turnoverPercent(0)
                .build();
        qt().withExamples(200).forAll(veterans).checkAssert(model -> {
            for (Team team : model.teams()) {
                LocalDate joinedOrganisation = model.organisations().stream()
                        .filter(o -> o.id().equals(team.organisation()))
                        .findFirst()
                        .orElseThrow()
                        .joined();
                for (TeamMember member : team.members()) {
                    assertThat(member.left()).isEmpty();
                    // 24 to 36 months before the range's end, unless the organisation joined later
                    if (!member.joined().equals(joinedOrganisation)) {
                        long days = member.daysUntil(TO).orElseThrow().days();
                        assertThat(Tenure.atLeastMonths(days - 1, 24)).isTrue();
                        assertThat(Tenure.atLeastMonths(days - 1, 37)).isFalse();
                    }
                }
            }
        });
    }

    @Test
    void theTurnoverKnobDecidesWhoLeaves() {
        Gen<Governance> everybodyLeaves = Communities.builder()
                .teamsPerOrganisation(1, 2)
                .turnoverPercent(100)
                .build();
        qt().withExamples(100)
                .forAll(everybodyLeaves)
                .checkAssert(model -> model.teams().stream()
                        .flatMap(t -> t.members().stream())
                        .forEach(m -> assertThat(m.left()).isPresent()));
    }

    @Test
    void turnoverIsAShareBetweenZeroAndOne() {
        qt().withExamples(300).forAll(TEAMS).checkAssert(model -> {
            for (LocalDate day : List.of(LocalDate.of(2022, 6, 30), LocalDate.of(2025, 1, 1), TO)) {
                DateRange year = Turnover.yearEndingOn(day);
                List<Turnover> turnovers = new ArrayList<>();
                turnovers.add(Turnover.ofCommunity(model.teams(), year));
                model.teams().forEach(t -> turnovers.add(Turnover.ofTeam(t, year)));
                for (Turnover turnover : turnovers) {
                    assertThat(turnover.leavers()).isSubsetOf(turnover.cohort());
                    turnover.rate(MathContext.DECIMAL64)
                            .ifPresent(rate -> assertThat(rate).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
                }
            }
        });
    }

    @Test
    void theDocsExampleHolds() {
        // tag::teams[]
        Gen<Governance> teams = Communities.builder()
                .teamsPerOrganisation(1, 3) // governance.yml 0.2
                .codersPerTeam(1, 4)
                .tenureMonths(0, 72) // joined up to six years before the end of the range
                .turnoverPercent(20) // a fifth of the members have left by then
                .withOspo()
                .build();
        qt().forAll(teams).checkAssert(g -> {
            Turnover year = Turnover.ofCommunity(g.teams(), Turnover.yearEndingOn(LocalDate.of(2025, 1, 1)));
            year.rate(MathContext.DECIMAL64).ifPresent(rate -> assertThat(rate).isBetween(ZERO, ONE));
        });
        // end::teams[]
    }

    @Test
    void docsTestkitQuotesTheDocsExample() throws java.io.IOException {
        String code = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/java/eu/ospo/testkit/TeamPropertiesTest.java"),
                java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher region = java.util.regex.Pattern.compile(
                        "// tag::teams\\[]\\n(.*?)\\n\\s*// end::teams\\[]", java.util.regex.Pattern.DOTALL)
                .matcher(code);
        assertThat(region.find()).isTrue();
        String quoted = String.join(
                "\n",
                region.group(1)
                        .lines()
                        .map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                        .toList());
        String doc = java.nio.file.Files.readString(
                java.nio.file.Path.of("..", "docs", "testkit.md"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(doc).contains("```java\n" + quoted + "\n```");
    }

    @Test
    void addingACoderWhoStaysLongerNeverLowersAnyTeamsMedianTenure() {
        qt().withExamples(300).forAll(TEAMS).checkAssert(model -> {
            for (Team team : model.teams()) {
                TenureDistribution before = Tenure.ofTeam(team, TO);
                if (before.count() == 0) {
                    continue;
                }
                // a newcomer to the file who has been a coder since before every current coder
                LocalDate earliest = team.members().stream()
                        .map(TeamMember::joined)
                        .min(LocalDate::compareTo)
                        .orElseThrow();
                List<TeamMember> members = new ArrayList<>(team.members());
                members.add(new TeamMember(
                        "veteran", TeamRole.CODER, earliest.minusDays(1), Optional.empty(), Optional.empty()));
                Team longer = new Team(
                        team.id(), team.name(), team.organisation(), team.process(), team.selfOrganising(), members);
                TenureDistribution after = Tenure.ofTeam(longer, TO);
                assertThat(after.median().orElseThrow())
                        .isGreaterThanOrEqualTo(before.median().orElseThrow());
            }
        });
    }

    @Test
    void splittingATeamNeverChangesTheCommunityWideCommunityTimeTotal() {
        DateRange everything = new DateRange(FROM, TO);
        qt().withExamples(300).forAll(TEAMS).checkAssert(model -> {
            for (int index = 0; index < model.teams().size(); index++) {
                Team team = model.teams().get(index);
                if (team.members().size() < 2) {
                    continue;
                }
                Governance split = split(model, index);
                // the split community is itself a valid file
                GovernanceResult reread = PARSER.parse(GovernanceWriter.write(split));
                assertThat(reread.problems()).isEmpty();

                CommunityTimeTotals before = CommunityTimeTotals.of(model, everything);
                CommunityTimeTotals after = CommunityTimeTotals.of(split, everything);
                assertThat(after.community()).isEqualTo(before.community());
                assertThat(after.byOrganisation()).isEqualTo(before.byOrganisation());
            }
        });
    }

    /** The team's second half of members moves to a new team; reports follow their coder. */
    private static Governance split(Governance model, int index) {
        Team team = model.teams().get(index);
        int half = team.members().size() / 2;
        List<TeamMember> stay = team.members().subList(0, half);
        List<TeamMember> move = team.members().subList(half, team.members().size());
        String newId = team.id() + "-split";
        List<Team> teams = new ArrayList<>(model.teams());
        teams.set(
                index,
                new Team(team.id(), team.name(), team.organisation(), team.process(), team.selfOrganising(), stay));
        teams.add(new Team(
                newId, team.name() + " (split)", team.organisation(), team.process(), team.selfOrganising(), move));
        List<String> moved = move.stream().map(TeamMember::contact).toList();
        return model.withTeams(teams)
                .withCommunityTime(model.communityTime().map(p -> follow(p, team.id(), newId, moved)))
                .withOrganisations(model.organisations().stream()
                        .map(o -> o.withCommunityTime(o.communityTime().map(p -> follow(p, team.id(), newId, moved))))
                        .toList());
    }

    private static CommunityTimePolicy follow(
            CommunityTimePolicy policy, String team, String newTeam, List<String> moved) {
        List<CommunityTimeReport> reports = new ArrayList<>();
        for (CommunityTimeReport r : policy.reports()) {
            boolean follows = r.team().equals(Optional.of(team))
                    && r.coder().map(moved::contains).orElse(false);
            reports.add(
                    follows
                            ? new CommunityTimeReport(
                                    r.organisation(),
                                    r.period(),
                                    r.contractHours(),
                                    r.communityHours(),
                                    r.coders(),
                                    r.coder(),
                                    Optional.of(newTeam))
                            : r);
        }
        return new CommunityTimePolicy(
                policy.percentage(), policy.scope(), policy.period(), policy.appliesToRoles(), reports);
    }
}
