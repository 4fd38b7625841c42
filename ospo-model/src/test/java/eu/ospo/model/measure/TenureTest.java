package eu.ospo.model.measure;

import static eu.ospo.model.measure.TeamsGen.DAY;
import static eu.ospo.model.measure.TeamsGen.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import eu.ospo.model.TeamMember;
import eu.ospo.model.TeamRole;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TenureTest {

    private static TeamMember coder(String contact, String joined, String left) {
        return new TeamMember(
                contact,
                TeamRole.CODER,
                LocalDate.parse(joined),
                Optional.ofNullable(left).map(LocalDate::parse),
                Optional.empty());
    }

    @Test
    void theMedianIsTheMiddleValueOrTheExactMeanOfTheTwoMiddleOnes() {
        assertThat(TenureDistribution.of(List.of(30L, 10L, 20L)).median()).contains(new BigDecimal("20"));
        assertThat(TenureDistribution.of(List.of(30L, 10L, 21L, 40L)).median()).contains(new BigDecimal("25.5"));
        assertThat(TenureDistribution.of(List.of()).median()).isEmpty();
        assertThat(TenureDistribution.of(List.of()).medianAtLeastMonths(0)).isFalse();
        assertThatThrownBy(() -> TenureDistribution.of(List.of(0L))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twelveMonthsAre365AndAQuarterDays() {
        assertThat(Tenure.daysOf(12)).isEqualByComparingTo("365.25");
        assertThat(Tenure.atLeastMonths(365, 12)).isFalse();
        assertThat(Tenure.atLeastMonths(366, 12)).isTrue();
        assertThat(TenureDistribution.of(List.of(365L, 366L)).median()).contains(new BigDecimal("365.5"));
        assertThat(TenureDistribution.of(List.of(365L, 366L)).medianAtLeastMonths(12))
                .isTrue();
        assertThat(TenureDistribution.of(List.of(365L, 365L)).medianAtLeastMonths(12))
                .isFalse();
        assertThat(TenureDistribution.of(List.of(731L))
                        .medianMonths(MathContext.DECIMAL64)
                        .orElseThrow())
                .isEqualByComparingTo(new BigDecimal("731").divide(Tenure.DAYS_PER_MONTH, MathContext.DECIMAL64));
    }

    @Test
    void bandsCountEveryTenureOnce() {
        Map<TenureBand, Integer> bands = TenureDistribution.of(
                        List.of(1L, 182L, 183L, 365L, 366L, 730L, 731L, 1826L, 1827L))
                .bands();

        assertThat(bands)
                .containsEntry(TenureBand.UNDER_6_MONTHS, 2) // 182.625 days is 6 months
                .containsEntry(TenureBand.FROM_6_MONTHS, 2)
                .containsEntry(TenureBand.FROM_1_YEAR, 2)
                .containsEntry(TenureBand.FROM_2_YEARS, 2)
                .containsEntry(TenureBand.FROM_5_YEARS, 1);
        assertThat(bands.keySet()).containsExactly(TenureBand.values());
    }

    @Test
    void aCodersTenureCountsTheirCoderDaysInTheTeamOnceUpToTheDay() {
        var team = team(
                "desk",
                List.of(
                        coder("a", "2025-06-01", null), // 30 days on 2025-06-30
                        coder("a", "2025-06-20", "2025-06-25"), // inside the first period: no more days
                        coder("b", "2024-01-01", "2024-12-31"), // left: not counted
                        coder("c", "2025-01-01", "2025-01-31"), // 31 days, then back:
                        coder("c", "2025-06-21", null), // + 10 days
                        new TeamMember(
                                "d",
                                TeamRole.DOMAIN_EXPERT,
                                LocalDate.of(2020, 1, 1),
                                Optional.empty(),
                                Optional.empty()),
                        coder("e", "2025-07-01", null))); // not yet

        assertThat(Tenure.perCoder(team, DAY)).containsExactly(Map.entry("a", 30L), Map.entry("c", 41L));
        assertThat(Tenure.ofTeam(team, DAY).median()).contains(new BigDecimal("35.5"));
    }

    @Test
    void acrossTheCommunityACoderWhoMovedKeepsTheirTenure() {
        var desk = team("desk", List.of(coder("a", "2024-01-01", "2024-12-31")));
        var platform = team("platform", List.of(coder("a", "2025-01-01", null)));

        assertThat(Tenure.perCoder(platform, DAY)).containsEntry("a", 181L);
        assertThat(Tenure.perCoder(List.of(desk, platform), DAY)).containsEntry("a", 366L + 181L);
    }

    @Test
    void addingACoderWhoStaysLongerNeverLowersTheMedian() {
        qt().forAll(TeamsGen.memberLists(), TeamsGen.days(), integers().between(0, 3000))
                .checkAssert((members, day, earlier) -> {
                    var team = team("t", members);
                    TenureDistribution before = Tenure.ofTeam(team, day);
                    long longest = before.days().isEmpty() ? 0 : before.days().get(before.count() - 1);
                    // a new coder, still there on the day, who joined before anybody's tenure began
                    TeamMember veteran = new TeamMember(
                            "veteran",
                            TeamRole.CODER,
                            day.minusDays(longest + earlier),
                            Optional.empty(),
                            Optional.empty());
                    TenureDistribution after = Tenure.ofTeam(team("t", TeamsGen.with(members, veteran)), day);

                    assertThat(after.count()).isEqualTo(before.count() + 1);
                    before.median()
                            .ifPresent(m ->
                                    assertThat(after.median().orElseThrow()).isGreaterThanOrEqualTo(m));
                });
    }

    @Test
    void addingATenureAtLeastTheMedianNeverLowersItAndOneAtMostNeverRaisesIt() {
        qt().forAll(lists().of(longs().between(1, 5000)).ofSizeBetween(1, 12), longs().between(1, 5000))
                .checkAssert((days, extra) -> {
                    TenureDistribution before = TenureDistribution.of(days);
                    BigDecimal median = before.median().orElseThrow();
                    BigDecimal after = TenureDistribution.of(TeamsGen.with(days, extra))
                            .median()
                            .orElseThrow();
                    if (BigDecimal.valueOf(extra).compareTo(median) >= 0) {
                        assertThat(after).isGreaterThanOrEqualTo(median);
                    }
                    if (BigDecimal.valueOf(extra).compareTo(median) <= 0) {
                        assertThat(after).isLessThanOrEqualTo(median);
                    }
                });
    }

    @Test
    void theMedianLiesBetweenTheShortestAndLongestAndIgnoresOrder() {
        qt().forAll(lists().of(longs().between(1, 5000)).ofSizeBetween(1, 12), longs().all())
                .checkAssert((days, seed) -> {
                    List<Long> shuffled = new ArrayList<>(days);
                    Collections.shuffle(shuffled, new Random(seed));
                    TenureDistribution d = TenureDistribution.of(days);
                    BigDecimal median = d.median().orElseThrow();
                    assertThat(median)
                            .isBetween(
                                    BigDecimal.valueOf(Collections.min(days)),
                                    BigDecimal.valueOf(Collections.max(days)));
                    assertThat(TenureDistribution.of(shuffled)).isEqualTo(d);
                    assertThat(d.bands().values().stream()
                                    .mapToInt(Integer::intValue)
                                    .sum())
                            .isEqualTo(days.size());
                });
    }

    @Test
    void noTeamTenureExceedsTheCommunityTenureOfTheSameCoder() {
        qt().forAll(TeamsGen.teams("a"), TeamsGen.teams("b"), TeamsGen.days()).checkAssert((a, b, day) -> {
            Map<String, Long> community = Tenure.perCoder(List.of(a, b), day);
            Tenure.perCoder(a, day)
                    .forEach((coder, days) -> assertThat(community.get(coder)).isGreaterThanOrEqualTo(days));
            Tenure.perCoder(b, day)
                    .forEach((coder, days) -> assertThat(community.get(coder)).isGreaterThanOrEqualTo(days));
            assertThat(community.keySet())
                    .containsExactlyInAnyOrderElementsOf(
                            java.util.stream.Stream.concat(a.codersOn(day).stream(), b.codersOn(day).stream())
                                    .distinct()
                                    .toList());
        });
    }
}
