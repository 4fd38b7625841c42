package eu.ospo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    static TeamMember member(String contact, TeamRole role, String joined, String left) {
        return new TeamMember(
                contact,
                role,
                LocalDate.parse(joined),
                Optional.ofNullable(left).map(LocalDate::parse),
                Optional.empty());
    }

    @Test
    void aMembershipIncludesBothEnds() {
        TeamMember m = member("a", TeamRole.CODER, "2025-01-01", "2025-01-31");

        assertThat(m.isMemberOn(JAN_1)).isTrue();
        assertThat(m.isMemberOn(LocalDate.of(2025, 1, 31))).isTrue();
        assertThat(m.isMemberOn(LocalDate.of(2025, 2, 1))).isFalse();
        assertThat(m.isMemberOn(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(m.overlaps(new DateRange(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 1))))
                .isTrue();
        assertThat(m.overlaps(new DateRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1))))
                .isFalse();
    }

    @Test
    void theDaysUntilADayStopAtLeftOrAtThatDay() {
        TeamMember open = member("a", TeamRole.CODER, "2025-01-01", null);
        TeamMember closed = member("a", TeamRole.CODER, "2025-01-01", "2025-01-10");

        assertThat(open.daysUntil(LocalDate.of(2025, 1, 5)).orElseThrow().days())
                .isEqualTo(5);
        assertThat(closed.daysUntil(LocalDate.of(2025, 3, 1)).orElseThrow().days())
                .isEqualTo(10);
        assertThat(closed.daysUntil(LocalDate.of(2024, 3, 1))).isEmpty();
    }

    @Test
    void codersOnADayAreListedOnceInFileOrder() {
        Team team = new Team(
                "desk",
                "Desk",
                "org",
                new TeamProcess(ProcessType.PRIMARY, Optional.empty()),
                true,
                List.of(
                        member("b", TeamRole.CODER, "2024-01-01", null),
                        member("a", TeamRole.CODER, "2024-06-01", null),
                        member("b", TeamRole.PRODUCT_OWNER, "2024-01-01", null),
                        member("c", TeamRole.CODER, "2023-01-01", "2024-12-31"),
                        member("d", TeamRole.DOMAIN_EXPERT, "2023-01-01", null)));

        assertThat(team.codersOn(JAN_1)).containsExactly("b", "a");
        assertThat(team.membersOn(JAN_1)).hasSize(4);
        assertThat(team.isPrimary()).isTrue();
        assertThat(team.hasMemberDuring("c", new DateRange(LocalDate.of(2024, 12, 1), JAN_1)))
                .isTrue();
        assertThat(team.hasMemberDuring("c", DateRange.ofDay(JAN_1))).isFalse();
    }
}
