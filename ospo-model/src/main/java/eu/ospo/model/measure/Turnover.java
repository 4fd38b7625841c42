package eu.ospo.model.measure;

import eu.ospo.model.DateRange;
import eu.ospo.model.Team;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Coder turnover over a window of days: of the coders at the window's start (the cohort), the share
 * who are no longer coders at its end. For a team, "no longer" means no longer a coder in that team;
 * across the community, in any team (a coder who moves to another team has not left the community).
 *
 * <p>The rate is {@code leavers / cohort}, between 0 and 1; it is compared with a percentage exactly
 * ({@code leavers × 100 ≤ percentage × cohort}). People who join and leave within the window are not
 * in the cohort and not counted; joiners (coders at the end who were not at the start) are listed for
 * information.
 *
 * @param window the days, from the cohort's day to the day compared with it
 * @param cohort the coders at the start, sorted
 * @param leavers the members of the cohort who are not coders at the end, sorted
 * @param joiners the coders at the end who were not at the start, sorted
 */
public record Turnover(DateRange window, List<String> cohort, List<String> leavers, List<String> joiners) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Checks for nulls and copies the lists. */
    public Turnover {
        Objects.requireNonNull(window, "window");
        cohort = List.copyOf(cohort);
        leavers = List.copyOf(leavers);
        joiners = List.copyOf(joiners);
    }

    /**
     * The year up to a day: from the same date a year earlier to that day.
     *
     * @param day the last day
     * @return {@code [day − 1 year, day]}
     */
    public static DateRange yearEndingOn(LocalDate day) {
        return new DateRange(day.minusYears(1), day);
    }

    /**
     * Turnover of one team's coders.
     *
     * @param team the team
     * @param window the days
     * @return the turnover
     */
    public static Turnover ofTeam(Team team, DateRange window) {
        return ofCommunity(List.of(team), window);
    }

    /**
     * Turnover of the coders of several teams taken together (the community, or one organisation's
     * teams).
     *
     * @param teams the teams
     * @param window the days
     * @return the turnover
     */
    public static Turnover ofCommunity(Collection<Team> teams, DateRange window) {
        TreeSet<String> atStart = coders(teams, window.start());
        TreeSet<String> atEnd = coders(teams, window.end());
        TreeSet<String> leavers = new TreeSet<>(atStart);
        leavers.removeAll(atEnd);
        TreeSet<String> joiners = new TreeSet<>(atEnd);
        joiners.removeAll(atStart);
        return new Turnover(window, List.copyOf(atStart), List.copyOf(leavers), List.copyOf(joiners));
    }

    private static TreeSet<String> coders(Collection<Team> teams, LocalDate day) {
        TreeSet<String> coders = new TreeSet<>();
        teams.forEach(team -> coders.addAll(team.codersOn(day)));
        return coders;
    }

    /**
     * The share of the cohort that left.
     *
     * @param context the precision of the division
     * @return {@code leavers / cohort}, or empty without a cohort
     */
    public Optional<BigDecimal> rate(MathContext context) {
        if (cohort.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(leavers.size()).divide(BigDecimal.valueOf(cohort.size()), context));
    }

    /**
     * Whether the turnover is at most a percentage, compared exactly; true without a cohort.
     *
     * @param percentage from 0 to 100
     * @return {@code leavers × 100 ≤ percentage × cohort}
     */
    public boolean isAtMost(BigDecimal percentage) {
        return BigDecimal.valueOf(leavers.size())
                        .multiply(HUNDRED)
                        .compareTo(percentage.multiply(BigDecimal.valueOf(cohort.size())))
                <= 0;
    }
}
