package eu.ospo.model.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.DateRange;
import eu.ospo.model.Example;
import eu.ospo.model.Governance;
import eu.ospo.model.ProcessType;
import eu.ospo.model.ReportingPeriod;
import eu.ospo.model.Team;
import eu.ospo.model.TeamMember;
import eu.ospo.model.TeamProcess;
import eu.ospo.model.TeamRole;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CommunityTimeTotalsTest {

    private static final DateRange YEAR_2025 =
            CalendarPeriod.parse("2025").orElseThrow().days();

    private static TeamMember coder(String contact) {
        return new TeamMember(contact, TeamRole.CODER, LocalDate.of(2024, 1, 1), Optional.empty(), Optional.empty());
    }

    private static Team team(String id, List<TeamMember> members) {
        return new Team(id, id, "utrecht", new TeamProcess(ProcessType.PRIMARY, Optional.empty()), true, members);
    }

    private static CommunityTimeReport report(String period, int contract, int community, String coder, String team) {
        return new CommunityTimeReport(
                "utrecht",
                CalendarPeriod.parse(period).orElseThrow(),
                BigDecimal.valueOf(contract),
                BigDecimal.valueOf(community),
                Optional.empty(),
                Optional.ofNullable(coder),
                Optional.ofNullable(team));
    }

    private static Governance community(List<Team> teams, List<CommunityTimeReport> reports) {
        Governance g = Example.governance();
        return g.withGovernanceYmlVersion("0.2")
                .withTeams(teams)
                .withCommunityTime(Optional.of(new CommunityTimePolicy(
                        BigDecimal.TEN, CommunityTimeScope.PER_CODER, ReportingPeriod.QUARTER, List.of(), reports)));
    }

    @Test
    void reportsAddUpPerCoderTeamOrganisationAndCommunity() {
        Governance g = community(
                List.of(team("desk", List.of(coder("a"), coder("b"))), team("platform", List.of(coder("c")))),
                List.of(
                        report("2025-Q1", 400, 50, "a", null), // attributed to desk through a's membership
                        report("2025-Q1", 400, 30, "b", "desk"),
                        report("2025-Q2", 300, 20, "c", "platform"),
                        report("2024-Q4", 500, 100, "a", null))); // outside the range

        CommunityTimeTotals totals = CommunityTimeTotals.of(g, YEAR_2025);

        assertThat(totals.community().contractHours()).isEqualByComparingTo("1100");
        assertThat(totals.community().communityHours()).isEqualByComparingTo("100");
        assertThat(totals.byOrganisation().get("utrecht").communityHours()).isEqualByComparingTo("100");
        assertThat(totals.byTeam().get("desk").contractHours()).isEqualByComparingTo("800");
        assertThat(totals.byTeam().get("desk").meetsPolicy()).isTrue(); // 80 of 800 = 10%
        assertThat(totals.byTeam().get("platform").meetsPolicy()).isFalse(); // 20 of 300
        assertThat(totals.byCoder().get("b").percentage(MathContext.DECIMAL64).orElseThrow())
                .isEqualByComparingTo("7.5");
        assertThat(totals.byCoder().get("b").requiredPercentage()).contains(BigDecimal.TEN);
        assertThat(totals.byCoder()).containsOnlyKeys("a", "b", "c");
    }

    /** Reports of coders a–d, each naming its team or not. */
    private static final Gen<List<CommunityTimeReport>> REPORTS = lists().of(integers()
                    .between(0, 3)
                    .zip(
                            integers().between(1, 4),
                            integers().between(0, 500),
                            integers().between(0, 80),
                            booleans().all(),
                            (coder, quarter, contract, community, named) -> report(
                                    "2025-Q" + quarter,
                                    contract,
                                    community,
                                    String.valueOf((char) ('a' + coder)),
                                    named ? "desk" : null)))
            .ofSizeBetween(0, 12);

    @Test
    void splittingATeamNeverChangesTheCommunityOrOrganisationTotals() {
        qt().forAll(REPORTS, lists().of(booleans().all()).ofSize(4)).checkAssert((reports, side) -> {
            List<String> coders = List.of("a", "b", "c", "d");
            Governance whole = community(
                    List.of(team(
                            "desk",
                            coders.stream().map(CommunityTimeTotalsTest::coder).toList())),
                    reports);
            List<TeamMember> left = new ArrayList<>();
            List<TeamMember> right = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                (side.get(i) ? left : right).add(coder(coders.get(i)));
            }
            List<CommunityTimeReport> moved = reports.stream()
                    .map(r -> r.team().isEmpty()
                            ? r
                            : report(
                                    r.period().label(),
                                    r.contractHours().intValue(),
                                    r.communityHours().intValue(),
                                    r.coder().orElseThrow(),
                                    side.get(coders.indexOf(r.coder().orElseThrow())) ? "desk" : "desk-2"))
                    .toList();
            Governance split = community(List.of(team("desk", left), team("desk-2", right)), moved);

            CommunityTimeTotals before = CommunityTimeTotals.of(whole, YEAR_2025);
            CommunityTimeTotals after = CommunityTimeTotals.of(split, YEAR_2025);

            assertThat(after.community()).isEqualTo(before.community());
            assertThat(after.byOrganisation()).isEqualTo(before.byOrganisation());
            assertThat(after.byCoder()).isEqualTo(before.byCoder());
            BigDecimal halves = hours(after, "desk").add(hours(after, "desk-2"));
            assertThat(halves).isEqualByComparingTo(hours(before, "desk"));
        });
    }

    private static BigDecimal hours(CommunityTimeTotals totals, String team) {
        return Optional.ofNullable(totals.byTeam().get(team))
                .map(CommunityTimeTotals.Hours::contractHours)
                .orElse(BigDecimal.ZERO);
    }
}
