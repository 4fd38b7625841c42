package eu.ospo.model.measure;

import eu.ospo.model.Team;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the coders are on a day: how many coders each primary-process team and each supporting team
 * has. A prosumer organisation embeds its coders in the teams of its primary processes; coders only
 * in IT are a sign that the government is a user but not yet a developer of its own software.
 *
 * @param day the day
 * @param perPrimaryTeam team id to its number of coders, for every primary-process team, sorted by id
 * @param perSupportTeam team id to its number of coders, for every supporting team, sorted by id
 * @param codersInPrimaryTeams the distinct coders in at least one primary-process team, sorted
 * @param codersOnlyInSupportTeams the distinct coders in supporting teams only, sorted
 */
public record CoderPlacement(
        LocalDate day,
        Map<String, Integer> perPrimaryTeam,
        Map<String, Integer> perSupportTeam,
        List<String> codersInPrimaryTeams,
        List<String> codersOnlyInSupportTeams) {

    /** Checks for nulls and copies. */
    public CoderPlacement {
        Objects.requireNonNull(day, "day");
        perPrimaryTeam = Collections.unmodifiableMap(new TreeMap<>(perPrimaryTeam));
        perSupportTeam = Collections.unmodifiableMap(new TreeMap<>(perSupportTeam));
        codersInPrimaryTeams = List.copyOf(codersInPrimaryTeams);
        codersOnlyInSupportTeams = List.copyOf(codersOnlyInSupportTeams);
    }

    /**
     * The placement of the coders of some teams on a day.
     *
     * @param teams the teams (if two share an id, the first counts)
     * @param day the day
     * @return the placement
     */
    public static CoderPlacement of(Collection<Team> teams, LocalDate day) {
        Map<String, Integer> primary = new TreeMap<>();
        Map<String, Integer> support = new TreeMap<>();
        TreeSet<String> inPrimary = new TreeSet<>();
        TreeSet<String> inSupport = new TreeSet<>();
        for (Team team : teams) {
            if (primary.containsKey(team.id()) || support.containsKey(team.id())) {
                continue;
            }
            List<String> coders = team.codersOn(day);
            (team.isPrimary() ? primary : support).put(team.id(), coders.size());
            (team.isPrimary() ? inPrimary : inSupport).addAll(coders);
        }
        inSupport.removeAll(inPrimary);
        return new CoderPlacement(day, primary, support, List.copyOf(inPrimary), List.copyOf(inSupport));
    }

    /**
     * The primary-process teams without a coder on the day.
     *
     * @return their ids, sorted
     */
    public List<String> primaryTeamsWithoutCoders() {
        return perPrimaryTeam.entrySet().stream()
                .filter(e -> e.getValue() == 0)
                .map(Map.Entry::getKey)
                .toList();
    }
}
