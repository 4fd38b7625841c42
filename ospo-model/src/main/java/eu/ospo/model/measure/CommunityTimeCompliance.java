package eu.ospo.model.measure;

import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compliance with a community-time policy, per scope unit and policy period.
 *
 * <p>Reports are grouped by unit (the organisation; the organisation and team for {@code perTeam};
 * the organisation and coder for {@code perCoder}) and by the policy period that encloses the
 * report's period (monthly reports add up into a quarterly policy's quarter). For each group, with C
 * the summed contract hours and H the summed community hours, the policy is <em>met</em> when {@code
 * H × 100 ≥ percentage × C}, compared exactly; a group without contract hours meets it trivially.
 * Reports that cannot be placed (a period longer than the policy's, or no coder resp. team under a
 * per-coder resp. per-team scope) are returned as {@link #unplaced()}, not guessed.
 *
 * @param percentage the policy's percentage
 * @param scope the policy's scope
 * @param units one entry per unit and period, sorted by organisation, member, period
 * @param unplaced the reports that could not be assigned to a unit and period, sorted by
 *     organisation, period, coder, team and hours
 */
public record CommunityTimeCompliance(
        BigDecimal percentage, CommunityTimeScope scope, List<Unit> units, List<CommunityTimeReport> unplaced) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Comparator<CommunityTimeReport> REPORT_ORDER = Comparator.comparing(
                    CommunityTimeReport::organisation)
            .thenComparing(r -> r.period().start())
            .thenComparing(r -> r.period().length())
            .thenComparing(r -> r.coder().orElse(""))
            .thenComparing(r -> r.team().orElse(""))
            .thenComparing(CommunityTimeReport::contractHours)
            .thenComparing(CommunityTimeReport::communityHours);

    /** Checks for nulls and copies the lists. */
    public CommunityTimeCompliance {
        Objects.requireNonNull(percentage, "percentage");
        Objects.requireNonNull(scope, "scope");
        units = List.copyOf(units);
        unplaced = List.copyOf(unplaced);
    }

    /**
     * The hours of one scope unit in one policy period.
     *
     * @param organisation the organisation's id
     * @param member the team (per team) or coder (per coder); empty per organisation
     * @param period the policy period
     * @param contractHours the summed contract hours
     * @param communityHours the summed community hours
     * @param met whether {@code communityHours × 100 ≥ percentage × contractHours}
     * @param reports the reports summed into this unit, in the order given
     */
    public record Unit(
            String organisation,
            Optional<String> member,
            CalendarPeriod period,
            BigDecimal contractHours,
            BigDecimal communityHours,
            boolean met,
            List<CommunityTimeReport> reports) {

        /** Checks for nulls and copies the reports. */
        public Unit {
            reports = List.copyOf(reports);
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(contractHours, "contractHours");
            Objects.requireNonNull(communityHours, "communityHours");
        }

        /**
         * Community hours as a percentage of contract hours.
         *
         * @param context the precision of the division
         * @return {@code 100 × communityHours / contractHours}, or empty without contract hours
         */
        public Optional<BigDecimal> percentage(MathContext context) {
            if (contractHours.signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(communityHours.multiply(HUNDRED).divide(contractHours, context));
        }
    }

    /**
     * Evaluates a policy over its own reports.
     *
     * @param policy the policy
     * @return the compliance
     */
    public static CommunityTimeCompliance of(CommunityTimePolicy policy) {
        return of(policy, policy.reports());
    }

    /**
     * Evaluates a policy over reports.
     *
     * @param policy the policy (its percentage, scope and period are used; its own reports are not)
     * @param reports the reports, in any order
     * @return the compliance
     */
    public static CommunityTimeCompliance of(CommunityTimePolicy policy, Collection<CommunityTimeReport> reports) {
        Map<Key, List<CommunityTimeReport>> placed = new TreeMap<>();
        List<CommunityTimeReport> unplaced = new ArrayList<>();
        for (CommunityTimeReport report : reports) {
            Optional<Key> key = key(policy, report);
            if (key.isEmpty()) {
                unplaced.add(report);
            } else {
                placed.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(report);
            }
        }
        List<Unit> units = new ArrayList<>(placed.size());
        placed.forEach((key, members) -> {
            BigDecimal contract = BigDecimal.ZERO;
            BigDecimal community = BigDecimal.ZERO;
            for (CommunityTimeReport report : members) {
                contract = contract.add(report.contractHours());
                community = community.add(report.communityHours());
            }
            units.add(new Unit(
                    key.organisation,
                    key.member.isEmpty() ? Optional.empty() : Optional.of(key.member),
                    key.period,
                    contract,
                    community,
                    community.multiply(HUNDRED).compareTo(policy.percentage().multiply(contract)) >= 0,
                    members));
        });
        unplaced.sort(REPORT_ORDER);
        return new CommunityTimeCompliance(policy.percentage(), policy.scope(), units, unplaced);
    }

    /**
     * Whether every unit meets the policy (vacuously true without units).
     *
     * @return true if no unit falls below the percentage
     */
    public boolean isMet() {
        return units.stream().allMatch(Unit::met);
    }

    /**
     * The units below the percentage.
     *
     * @return those units, in the order of {@link #units()}
     */
    public List<Unit> below() {
        return units.stream().filter(u -> !u.met()).toList();
    }

    private static Optional<Key> key(CommunityTimePolicy policy, CommunityTimeReport report) {
        CalendarPeriod period = policy.period().containing(report.period().start());
        if (!period.days().encloses(report.period().days())) {
            return Optional.empty();
        }
        Optional<String> member = switch (policy.scope()) {
            case PER_ORGANISATION -> Optional.of("");
            case PER_TEAM -> report.team();
            case PER_CODER -> report.coder();
        };
        return member.map(m -> new Key(report.organisation(), m, period));
    }

    private record Key(String organisation, String member, CalendarPeriod period) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing((Key k) -> k.organisation)
                .thenComparing(k -> k.member)
                .thenComparing(k -> k.period.start());

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }
}
