package eu.ospo.model.measure;

import static eu.ospo.model.measure.TeamsGen.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import eu.ospo.model.DateRange;
import eu.ospo.model.TeamMember;
import eu.ospo.model.TeamRole;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TurnoverTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    private static TeamMember coder(String contact, String joined, String left) {
        return new TeamMember(
                contact,
                TeamRole.CODER,
                LocalDate.parse(joined),
                Optional.ofNullable(left).map(LocalDate::parse),
                Optional.empty());
    }

    @Test
    void theCohortIsWhoWasThereAYearAgoAndTheLeaversWhoOfThemIsGone() {
        var desk = team(
                "desk",
                List.of(
                        coder("a", "2020-01-01", null),
                        coder("b", "2021-01-01", "2025-03-31"), // left
                        coder("c", "2024-01-01", "2025-01-31"), // left, moved to platform
                        coder("d", "2024-09-01", "2025-02-28"), // came and went: not in the cohort
                        coder("e", "2025-01-01", null))); // joined
        var platform = team("platform", List.of(coder("c", "2025-02-01", null)));
        DateRange year = Turnover.yearEndingOn(DAY);

        Turnover ofDesk = Turnover.ofTeam(desk, year);
        assertThat(year).isEqualTo(new DateRange(LocalDate.of(2024, 6, 30), DAY));
        assertThat(ofDesk.cohort()).containsExactly("a", "b", "c");
        assertThat(ofDesk.leavers()).containsExactly("b", "c");
        assertThat(ofDesk.joiners()).containsExactly("e");
        assertThat(ofDesk.rate(MathContext.DECIMAL64).orElseThrow())
                .isEqualByComparingTo(new BigDecimal(2).divide(new BigDecimal(3), MathContext.DECIMAL64));
        assertThat(ofDesk.isAtMost(new BigDecimal("66.66"))).isFalse();
        assertThat(ofDesk.isAtMost(new BigDecimal("66.67"))).isTrue();

        Turnover ofCommunity = Turnover.ofCommunity(List.of(desk, platform), year);
        assertThat(ofCommunity.leavers()).containsExactly("b");
    }

    @Test
    void withoutACohortThereIsNoRateAndNothingToFail() {
        Turnover none = Turnover.ofTeam(team("t", List.of()), Turnover.yearEndingOn(DAY));

        assertThat(none.rate(MathContext.DECIMAL64)).isEmpty();
        assertThat(none.isAtMost(BigDecimal.ZERO)).isTrue();
    }

    @Test
    void theRateLiesBetweenZeroAndOneAndLeaversAreInTheCohort() {
        qt().forAll(TeamsGen.teams("t"), TeamsGen.days(), integers().between(0, 800))
                .checkAssert((team, day, length) -> {
                    Turnover t = Turnover.ofTeam(team, new DateRange(day, day.plusDays(length)));
                    assertThat(t.cohort()).containsAll(t.leavers());
                    assertThat(t.joiners())
                            .allSatisfy(j -> assertThat(t.cohort()).doesNotContain(j));
                    t.rate(MathContext.DECIMAL64)
                            .ifPresent(r -> assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
                    assertThat(t.isAtMost(BigDecimal.valueOf(100))).isTrue();
                });
    }

    @Test
    void raisingTheAcceptedPercentageNeverTurnsAPassIntoAFail() {
        qt().forAll(
                        TeamsGen.teams("t"),
                        TeamsGen.days(),
                        integers().between(0, 100),
                        integers().between(0, 100))
                .checkAssert((team, day, p, q) -> {
                    Turnover t = Turnover.ofTeam(team, Turnover.yearEndingOn(day));
                    if (t.isAtMost(BigDecimal.valueOf(Math.min(p, q)))) {
                        assertThat(t.isAtMost(BigDecimal.valueOf(Math.max(p, q))))
                                .isTrue();
                    }
                });
    }

    @Test
    void theCommunityLosesNoMoreCodersThanItsTeamsTogether() {
        qt().forAll(TeamsGen.teams("a"), TeamsGen.teams("b"), TeamsGen.days()).checkAssert((a, b, day) -> {
            DateRange year = Turnover.yearEndingOn(day);
            Turnover community = Turnover.ofCommunity(List.of(a, b), year);
            java.util.Set<String> teamLeavers =
                    new java.util.TreeSet<>(Turnover.ofTeam(a, year).leavers());
            teamLeavers.addAll(Turnover.ofTeam(b, year).leavers());
            assertThat(teamLeavers).containsAll(community.leavers());
        });
    }
}
