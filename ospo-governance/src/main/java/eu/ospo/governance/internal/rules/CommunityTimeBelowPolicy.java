package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.measure.CommunityTimeCompliance;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CT-BELOW-POLICY: reported community time meets the policy, per scope unit and period.
 *
 * <p>Each organisation's reports (those in {@code communityTime.reports} naming it, and those in its
 * own {@code communityTime} override) are evaluated under the policy that applies to it (its
 * override, else the community's) with {@link CommunityTimeCompliance}; the percentage required is
 * the higher of the policy's and this rule's {@code percentage} parameter. With the team data of
 * governance.yml 0.2, a report that names only a coder counts for the team the coder was in during
 * its period, so a per-team policy can be checked from per-coder reports.
 */
final class CommunityTimeBelowPolicy extends RuleDefinition {

    /** A report and where it is. */
    private record Located(CommunityTimeReport report, String key) {}

    CommunityTimeBelowPolicy() {
        super(
                "CT-BELOW-POLICY",
                Severity.WARNING,
                Anchors.SFPC_WELCOME_CONTRIBUTORS,
                "For every organisation, team or coder (as the policy's scope says) and every policy period with"
                        + " reports, reported community hours are at least the required percentage of contract hours:"
                        + " the applicable policy's percentage, or this rule's percentage if higher. A report naming"
                        + " only a coder counts for the team the coder was in during its period.",
                ParameterSpec.of(
                        "percentage",
                        "10",
                        ParameterSpec.Kind.PERCENTAGE,
                        "the lowest percentage accepted whatever the policy says (0 defers to the policy)"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        BigDecimal floor = parameters.decimal("percentage");
        Map<String, List<Located>> byOrganisation = reportsByOrganisation(facts);
        if (byOrganisation.isEmpty()) {
            return List.of(Outcome.notApplicable("governance.yml reports no community time"));
        }
        List<Outcome> outcomes = new ArrayList<>();
        byOrganisation.forEach((organisation, reports) -> policyFor(facts, organisation)
                .ifPresent(policy -> outcomes.addAll(evaluate(facts, organisation, policy, floor, reports))));
        return outcomes;
    }

    /**
     * Each organisation's reports. A report that names a coder but no team is given the team its
     * coder was in during the period (0.2 team data), so per-team policies can place it.
     */
    private static Map<String, List<Located>> reportsByOrganisation(Facts facts) {
        Map<String, List<Located>> byOrganisation = new TreeMap<>();
        for (Facts.LocatedReport located : facts.communityTimeReports()) {
            CommunityTimeReport report = located.report();
            CommunityTimeReport placed = new CommunityTimeReport(
                    located.organisation(),
                    report.period(),
                    report.contractHours(),
                    report.communityHours(),
                    report.coders(),
                    report.coder(),
                    located.team());
            byOrganisation
                    .computeIfAbsent(located.organisation(), k -> new ArrayList<>())
                    .add(new Located(placed, located.key()));
        }
        return byOrganisation;
    }

    private static Optional<CommunityTimePolicy> policyFor(Facts facts, String organisation) {
        return facts.organisation(organisation)
                .flatMap(o -> o.value().communityTime())
                .or(() -> facts.governance().communityTime());
    }

    private static List<Outcome> evaluate(
            Facts facts, String organisation, CommunityTimePolicy policy, BigDecimal floor, List<Located> reports) {
        BigDecimal required = policy.percentage().max(floor);
        CommunityTimePolicy effective =
                new CommunityTimePolicy(required, policy.scope(), policy.period(), policy.appliesToRoles(), List.of());
        CommunityTimeCompliance compliance = CommunityTimeCompliance.of(
                effective, reports.stream().map(Located::report).toList());
        Map<CommunityTimeReport, String> keyOf = new IdentityHashMap<>();
        reports.forEach(located -> keyOf.put(located.report(), located.key()));
        List<Outcome> outcomes = new ArrayList<>();
        for (CommunityTimeCompliance.Unit unit : compliance.units()) {
            String who = unit.organisation()
                    + unit.member()
                            .map(m -> " " + member(facts, policy.scope(), m))
                            .orElse("");
            Optional<BigDecimal> percent =
                    unit.percentage(MathContext.DECIMAL128).map(p -> p.setScale(1, RoundingMode.HALF_UP));
            List<Location> locations = unit.reports().stream()
                    .map(keyOf::get)
                    .filter(Objects::nonNull)
                    .map(facts::governanceAt)
                    .toList();
            var evidence = Evidence.of()
                    .with("organisation", unit.organisation())
                    .with("member", unit.member().orElse(""))
                    .with("scope", policy.scope().value())
                    .with("period", unit.period().label())
                    .with("contractHours", unit.contractHours())
                    .with("communityHours", unit.communityHours())
                    .with("percent", percent.map(p -> (Object) p).orElse(""))
                    .with("requiredPercent", required)
                    .with("policyPercentage", policy.percentage())
                    .map();
            String message = who + " reported " + Numbers.text(unit.communityHours()) + " community hours of "
                    + Numbers.text(unit.contractHours()) + " contract hours in "
                    + unit.period().label()
                    + percent.map(p -> " (" + p.toPlainString() + "%)").orElse("") + "; the policy requires "
                    + Numbers.text(required) + "%";
            outcomes.add(
                    unit.met()
                            ? Outcome.pass(message, locations, evidence)
                            : Outcome.fail(message, locations, evidence));
        }
        for (CommunityTimeReport report : compliance.unplaced()) {
            List<Location> locations = Optional.ofNullable(keyOf.get(report))
                    .map(key -> List.of(facts.governanceAt(key)))
                    .orElse(List.of());
            outcomes.add(Outcome.fail(
                    "a report of " + organisation + " for " + report.period().label() + " cannot be evaluated under a "
                            + policy.scope().value() + " policy per "
                            + policy.period().value() + ": "
                            + unplacedReason(policy, report),
                    locations,
                    Evidence.of()
                            .with("organisation", organisation)
                            .with("period", report.period().label())
                            .with("scope", policy.scope().value())
                            .with("policyPeriod", policy.period().value())
                            .map()));
        }
        return outcomes;
    }

    /** A team or coder as people read it: the team's name or the coder's name next to the id. */
    private static String member(Facts facts, CommunityTimeScope scope, String id) {
        if (scope == CommunityTimeScope.PER_TEAM) {
            return "team " + id
                    + facts.governance()
                            .team(id)
                            .filter(t -> !t.name().equals(id))
                            .map(t -> " (" + t.name() + ")")
                            .orElse("");
        }
        return "coder " + id
                + facts.contact(id)
                        .map(c -> c.value().name())
                        .filter(name -> !name.equals(id))
                        .map(name -> " (" + name + ")")
                        .orElse("");
    }

    private static String unplacedReason(CommunityTimePolicy policy, CommunityTimeReport report) {
        CalendarPeriod period = policy.period().containing(report.period().start());
        if (!period.days().encloses(report.period().days())) {
            return "its period is longer than the policy's";
        }
        return policy.scope() == CommunityTimeScope.PER_TEAM ? "it names no team" : "it names no coder";
    }
}
