package eu.ospo.model.measure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.ProcessType;
import eu.ospo.model.Team;
import eu.ospo.model.TeamMember;
import eu.ospo.model.TeamProcess;
import eu.ospo.model.TeamRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoderPlacementTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    private static Team team(String id, ProcessType type, String... coders) {
        return new Team(
                id,
                id,
                "org",
                new TeamProcess(type, Optional.empty()),
                true,
                java.util.Arrays.stream(coders)
                        .map(c -> new TeamMember(
                                c, TeamRole.CODER, DAY.minusYears(1), Optional.empty(), Optional.empty()))
                        .toList());
    }

    @Test
    void codersAreCountedPerPrimaryAndSupportTeam() {
        CoderPlacement placement = CoderPlacement.of(
                List.of(
                        team("permits", ProcessType.PRIMARY, "a", "b"),
                        team("benefits", ProcessType.PRIMARY),
                        team("it", ProcessType.SUPPORT, "b", "c")),
                DAY);

        assertThat(placement.perPrimaryTeam())
                .containsExactly(java.util.Map.entry("benefits", 0), java.util.Map.entry("permits", 2));
        assertThat(placement.perSupportTeam()).containsExactly(java.util.Map.entry("it", 2));
        assertThat(placement.primaryTeamsWithoutCoders()).containsExactly("benefits");
        assertThat(placement.codersInPrimaryTeams()).containsExactly("a", "b");
        assertThat(placement.codersOnlyInSupportTeams()).containsExactly("c");
    }
}
