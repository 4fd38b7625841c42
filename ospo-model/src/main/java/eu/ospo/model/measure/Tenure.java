package eu.ospo.model.measure;

import eu.ospo.model.DateRange;
import eu.ospo.model.Team;
import eu.ospo.model.TeamMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long coders have been coders: per coder, per team and across the community, on a day.
 *
 * <p>A coder's tenure in a team on a day counts the days of their {@code coder} membership periods
 * in that team up to that day (both ends included; days covered by two periods count once). Only
 * coders who are coders in the team on that day are counted: tenure describes the team as it is,
 * people who left are turnover ({@link Turnover}). Across the community, a coder's tenure counts the
 * days on which they were a coder in any team.
 *
 * <p>Months are {@link #DAYS_PER_MONTH} days (a Julian year of 365.25 days over 12), so "at least 12
 * months" is "at least 365.25 days", compared exactly.
 */
public final class Tenure {

    /** The length of a month in tenure arithmetic: 365.25 / 12 = 30.4375 days, exactly. */
    public static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    private Tenure() {}

    /**
     * A number of months in days.
     *
     * @param months the months
     * @return {@code months × 30.4375}
     */
    public static BigDecimal daysOf(int months) {
        return DAYS_PER_MONTH.multiply(BigDecimal.valueOf(months));
    }

    /**
     * Whether a tenure reaches a number of months.
     *
     * @param days the tenure in days
     * @param months the months
     * @return {@code days ≥ months × 30.4375}
     */
    public static boolean atLeastMonths(long days, int months) {
        return BigDecimal.valueOf(days).compareTo(daysOf(months)) >= 0;
    }

    /**
     * The tenure of each coder of a team on a day.
     *
     * @param team the team
     * @param day the day
     * @return contact id to days, for the team's coders on that day, sorted by contact id
     */
    public static Map<String, Long> perCoder(Team team, LocalDate day) {
        return perCoder(List.of(team), day);
    }

    /**
     * The tenure of each coder of the community on a day: the days on which they were a coder in any
     * of the teams, up to that day.
     *
     * @param teams the teams
     * @param day the day
     * @return contact id to days, for everyone who is a coder in some team on that day, sorted by id
     */
    public static Map<String, Long> perCoder(Collection<Team> teams, LocalDate day) {
        Map<String, List<DateRange>> periods = new TreeMap<>();
        java.util.Set<String> current = new java.util.HashSet<>();
        for (Team team : teams) {
            for (TeamMember member : team.members()) {
                if (!member.isCoder()) {
                    continue;
                }
                member.daysUntil(day)
                        .ifPresent(range -> periods.computeIfAbsent(member.contact(), k -> new ArrayList<>())
                                .add(range));
                if (member.isMemberOn(day)) {
                    current.add(member.contact());
                }
            }
        }
        Map<String, Long> tenure = new LinkedHashMap<>();
        periods.forEach((contact, ranges) -> {
            if (current.contains(contact)) {
                tenure.put(contact, unionDays(ranges));
            }
        });
        return Collections.unmodifiableMap(tenure);
    }

    /**
     * The tenures of a team's coders on a day.
     *
     * @param team the team
     * @param day the day
     * @return the distribution (empty when the team has no coder that day)
     */
    public static TenureDistribution ofTeam(Team team, LocalDate day) {
        return TenureDistribution.of(perCoder(team, day).values());
    }

    /**
     * The tenures of the community's coders on a day.
     *
     * @param teams the teams
     * @param day the day
     * @return the distribution
     */
    public static TenureDistribution ofCommunity(Collection<Team> teams, LocalDate day) {
        return TenureDistribution.of(perCoder(teams, day).values());
    }

    /** The number of days in the union of some ranges. */
    static long unionDays(List<DateRange> ranges) {
        List<DateRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(DateRange::start));
        long days = 0;
        LocalDate coveredUntil = null;
        for (DateRange range : sorted) {
            LocalDate from = range.start();
            if (coveredUntil != null && !from.isAfter(coveredUntil)) {
                from = coveredUntil.plusDays(1);
            }
            if (!from.isAfter(range.end())) {
                days += new DateRange(from, range.end()).days();
                coveredUntil = range.end();
            }
        }
        return days;
    }
}
