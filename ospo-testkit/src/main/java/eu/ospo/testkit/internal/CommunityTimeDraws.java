package eu.ospo.testkit.internal;

import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Draws community-time policies and their reports. Every report fits its policy: its period has the
 * policy's length, it names a coder for a per-coder policy and a team for a per-team policy, no two
 * reports are for the same unit and period, and community hours never exceed contract hours.
 */
public final class CommunityTimeDraws {

    private static final List<String> JOB_ROLES = List.of("developer", "designer", "tester");
    private static final List<String> TEAMS = List.of("core", "frontend", "operations");

    private CommunityTimeDraws() {}

    /**
     * An organisation that may report, with the ids of its coders.
     *
     * @param organisation the organisation's id
     * @param coders ids of contacts who may report per coder
     */
    public record Reporter(String organisation, List<String> coders) {}

    /**
     * A policy with reports from some of the reporters.
     *
     * @param draw the source
     * @param shape the dates reports fall in
     * @param reporters who may report
     * @return the policy
     */
    public static CommunityTimePolicy policy(Draw draw, Shape shape, List<Reporter> reporters) {
        BigDecimal percentage = draw.chance(70) ? draw.decimal(0, 100, 0) : draw.decimal(0, 1000, 1);
        CommunityTimeScope scope = draw.pick(List.of(CommunityTimeScope.values()));
        ReportingPeriod period = draw.pick(List.of(ReportingPeriod.values()));
        List<CommunityTimeReport> reports = new ArrayList<>();
        Set<List<Object>> units = new HashSet<>();
        for (Reporter reporter : reporters) {
            if (!draw.chance(60)) {
                continue;
            }
            int count = draw.between(1, 3);
            for (int i = 0; i < count; i++) {
                report(draw, shape, scope, period, reporter)
                        .filter(report -> units.add(
                                List.of(report.organisation(), report.period(), report.team(), report.coder())))
                        .ifPresent(reports::add);
            }
        }
        return new CommunityTimePolicy(percentage, scope, period, draw.subset(JOB_ROLES, 40), reports);
    }

    /**
     * One report that fits a policy's scope and period length.
     *
     * @param draw the source
     * @param shape the dates the period falls in
     * @param scope the policy's scope
     * @param length the policy's period length
     * @param reporter who reports
     * @return the report, or empty for a per-coder policy and a reporter without coders
     */
    public static Optional<CommunityTimeReport> report(
            Draw draw, Shape shape, CommunityTimeScope scope, ReportingPeriod length, Reporter reporter) {
        if (scope == CommunityTimeScope.PER_CODER && reporter.coders().isEmpty()) {
            return Optional.empty();
        }
        CalendarPeriod period = length.containing(draw.day(shape.from(), shape.to()));
        Optional<String> coder =
                scope == CommunityTimeScope.PER_CODER ? Optional.of(draw.pick(reporter.coders())) : Optional.empty();
        Optional<String> team = scope == CommunityTimeScope.PER_TEAM
                ? Optional.of(draw.pick(TEAMS))
                : scope == CommunityTimeScope.PER_CODER ? draw.maybe(30, () -> draw.pick(TEAMS)) : Optional.empty();
        int scale = draw.chance(70) ? 0 : 1;
        long contractUnits = draw.longBetween(0, scale == 0 ? 2_000 : 20_000);
        BigDecimal contract = BigDecimal.valueOf(contractUnits, scale);
        BigDecimal community = BigDecimal.valueOf(draw.longBetween(0, contractUnits), scale);
        return Optional.of(new CommunityTimeReport(
                reporter.organisation(),
                period,
                contract,
                community,
                draw.maybe(50, () -> draw.between(1, 20)),
                coder,
                team));
    }
}
