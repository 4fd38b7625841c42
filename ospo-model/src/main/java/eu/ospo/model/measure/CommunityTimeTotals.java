package eu.ospo.model.measure;

import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.DateRange;
import eu.ospo.model.Governance;
import eu.ospo.model.Organisation;
import eu.ospo.model.Team;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reported community time over a range of days, added up per coder, per team, per organisation and
 * for the whole community, each against the policy percentage that applies to it.
 *
 * <p>A report counts when its period lies wholly inside the range. Every report counts once at each
 * level: for its organisation; for its team (the team it names, else the one team of its
 * organisation its coder belonged to in the period, see {@link Governance#teamOf}); and for its
 * coder. Reports of an organisation's own policy ({@code organisations[].communityTime.reports})
 * count for that organisation. The percentage an organisation, its teams and coders are held to is
 * its policy's ({@link Governance#communityTimePolicyFor}); the community's total is held to the
 * community's policy. Sums are exact.
 *
 * @param period the days
 * @param community the total of every report
 * @param byOrganisation totals per organisation id, sorted
 * @param byTeam totals per team (id, or in 0.1 files the name a report gives), sorted
 * @param byCoder totals per coder, sorted
 */
public record CommunityTimeTotals(
        DateRange period,
        Hours community,
        Map<String, Hours> byOrganisation,
        Map<String, Hours> byTeam,
        Map<String, Hours> byCoder) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Checks for nulls and copies the maps. */
    public CommunityTimeTotals {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(community, "community");
        byOrganisation = Collections.unmodifiableMap(new TreeMap<>(byOrganisation));
        byTeam = Collections.unmodifiableMap(new TreeMap<>(byTeam));
        byCoder = Collections.unmodifiableMap(new TreeMap<>(byCoder));
    }

    /**
     * Summed hours and the percentage they are held to.
     *
     * @param contractHours the summed contract hours
     * @param communityHours the summed community hours
     * @param requiredPercentage the policy's percentage, when a policy applies
     */
    public record Hours(BigDecimal contractHours, BigDecimal communityHours, Optional<BigDecimal> requiredPercentage) {

        /** No hours. */
        public static final Hours NONE = new Hours(BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty());

        /** Checks for nulls. */
        public Hours {
            Objects.requireNonNull(contractHours, "contractHours");
            Objects.requireNonNull(communityHours, "communityHours");
            Objects.requireNonNull(requiredPercentage, "requiredPercentage");
        }

        Hours plus(CommunityTimeReport report, Optional<BigDecimal> required) {
            return new Hours(
                    contractHours.add(report.contractHours()),
                    communityHours.add(report.communityHours()),
                    requiredPercentage.or(() -> required));
        }

        /**
         * Community hours as a percentage of contract hours.
         *
         * @param context the precision of the division
         * @return the percentage, or empty without contract hours
         */
        public Optional<BigDecimal> percentage(MathContext context) {
            if (contractHours.signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(communityHours.multiply(HUNDRED).divide(contractHours, context));
        }

        /**
         * Whether the hours meet the policy, compared exactly ({@code community × 100 ≥ percentage ×
         * contract}); true without a policy or without contract hours.
         *
         * @return whether the policy is met
         */
        public boolean meetsPolicy() {
            return requiredPercentage
                    .map(p -> communityHours.multiply(HUNDRED).compareTo(p.multiply(contractHours)) >= 0)
                    .orElse(true);
        }
    }

    /** A report with the organisation it counts for. */
    private record Counted(String organisation, CommunityTimeReport report) {}

    /**
     * The totals of a community's reports over a range of days.
     *
     * @param governance the community
     * @param period the days
     * @return the totals
     */
    public static CommunityTimeTotals of(Governance governance, DateRange period) {
        Hours community = new Hours(
                BigDecimal.ZERO, BigDecimal.ZERO, governance.communityTime().map(CommunityTimePolicy::percentage));
        Map<String, Hours> byOrganisation = new TreeMap<>();
        Map<String, Hours> byTeam = new TreeMap<>();
        Map<String, Hours> byCoder = new TreeMap<>();
        for (Counted counted : reports(governance)) {
            CommunityTimeReport report = counted.report();
            if (!period.encloses(report.period().days())) {
                continue;
            }
            Optional<BigDecimal> required =
                    governance.communityTimePolicyFor(counted.organisation()).map(CommunityTimePolicy::percentage);
            community = community.plus(report, Optional.empty());
            byOrganisation.merge(
                    counted.organisation(), Hours.NONE.plus(report, required), (a, b) -> a.plus(report, required));
            team(governance, counted)
                    .ifPresent(team ->
                            byTeam.merge(team, Hours.NONE.plus(report, required), (a, b) -> a.plus(report, required)));
            report.coder()
                    .ifPresent(coder -> byCoder.merge(
                            coder, Hours.NONE.plus(report, required), (a, b) -> a.plus(report, required)));
        }
        return new CommunityTimeTotals(period, community, byOrganisation, byTeam, byCoder);
    }

    private static Optional<String> team(Governance governance, Counted counted) {
        CommunityTimeReport report = counted.report();
        if (report.team().isPresent()) {
            return report.team();
        }
        return report.coder()
                .flatMap(coder -> governance.teamOf(
                        coder, counted.organisation(), report.period().days()))
                .map(Team::id);
    }

    private static List<Counted> reports(Governance governance) {
        List<Counted> reports = new ArrayList<>();
        governance
                .communityTime()
                .ifPresent(policy -> policy.reports().forEach(r -> reports.add(new Counted(r.organisation(), r))));
        for (Organisation organisation : governance.organisations()) {
            organisation
                    .communityTime()
                    .ifPresent(policy -> policy.reports().forEach(r -> reports.add(new Counted(organisation.id(), r))));
        }
        return reports;
    }
}
