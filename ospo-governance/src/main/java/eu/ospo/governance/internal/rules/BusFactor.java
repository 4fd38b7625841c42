package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.FteBasis;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Project;
import eu.ospo.model.measure.Concentration;
import eu.ospo.problem.Severity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * DIV-BUS-FACTOR: the contributor absence factor over the maintainers named in active agreements.
 *
 * <p>Each agreement active on the evaluation date with a positive commitment and named maintainers
 * divides its hours per year equally among its distinct maintainers; a contact's weight is the sum
 * over those agreements. The factor F(w, p) is computed exactly: every share is scaled by the least
 * common multiple L of the maintainer counts, so weights stay exact (F does not change under
 * scaling). Hours of agreements that name nobody are reported as unassigned and do not count.
 */
final class BusFactor extends RuleDefinition {

    BusFactor() {
        super(
                "DIV-BUS-FACTOR",
                Severity.WARNING,
                Anchors.CHAOSS_CONTRIBUTOR_ABSENCE_FACTOR,
                "For every project whose maintenance type is not none, the contributor absence factor F(w, p) over"
                        + " the maintainers named in agreements active on the evaluation date is at least min; each"
                        + " agreement's hours per year are divided equally among its named maintainers.",
                ParameterSpec.of(
                        "p", "0.5", ParameterSpec.Kind.FRACTION, "the share of all effort the busiest people reach"),
                ParameterSpec.of(
                        "min", "2", ParameterSpec.Kind.POSITIVE_WHOLE, "the smallest acceptable absence factor"),
                ParameterSpec.FTE_BASIS);
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        FteBasis basis = Numbers.basis(parameters.decimal(ParameterSpec.FTE_BASIS.name()));
        BigDecimal p = parameters.decimal("p");
        int min = parameters.integer("min");
        return MaintainedProjects.each(facts, project -> check(facts, project, basis, p, min));
    }

    private static Outcome check(Facts facts, Indexed<Project> project, FteBasis basis, BigDecimal p, int min) {
        String id = project.value().id();
        List<MaintainerAgreement> counted = new ArrayList<>();
        BigDecimal unassigned = BigDecimal.ZERO;
        BigInteger lcm = BigInteger.ONE;
        for (Indexed<MaintainerAgreement> indexed : facts.activeOn(id)) {
            MaintainerAgreement agreement = indexed.value();
            BigDecimal hours = agreement.committedHoursPerYear(basis);
            if (hours.signum() <= 0) {
                continue;
            }
            int people = new TreeSet<>(agreement.maintainers()).size();
            if (people == 0) {
                unassigned = unassigned.add(hours);
                continue;
            }
            counted.add(agreement);
            BigInteger n = BigInteger.valueOf(people);
            lcm = lcm.divide(lcm.gcd(n)).multiply(n);
        }
        Map<String, BigDecimal> scaled = new HashMap<>();
        BigDecimal scale = new BigDecimal(lcm);
        for (MaintainerAgreement agreement : counted) {
            TreeSet<String> people = new TreeSet<>(agreement.maintainers());
            BigDecimal each =
                    agreement.committedHoursPerYear(basis).multiply(scale.divide(BigDecimal.valueOf(people.size())));
            people.forEach(person -> scaled.merge(person, each, BigDecimal::add));
        }
        BigDecimal scaledTotal = scaled.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int factor = Concentration.contributorAbsenceFactor(scaled, p);
        Map<String, BigDecimal> hours = new TreeMap<>();
        scaled.forEach((person, weight) -> hours.put(person, hoursOf(weight, scale)));
        var locations = List.of(facts.governanceAt(Keys.project(project.index())));
        var described = scaled.isEmpty()
                ? List.<Map<String, Object>>of()
                : Shares.describe("contact", new TreeMap<>(scaled), hours, scaledTotal);
        var evidence = Evidence.of()
                .with("project", id)
                .with("contributorAbsenceFactor", factor)
                .with("p", p)
                .with("min", min)
                .with("fteBasis", basis.hoursPerYear())
                .with("maintainers", described)
                .with("unassignedHoursPerYear", unassigned)
                .map();
        if (scaled.isEmpty()) {
            return Outcome.fail(
                    "no active agreement on " + id + " with committed effort names maintainers; the contributor"
                            + " absence factor is 0",
                    locations,
                    evidence);
        }
        String message = "the contributor absence factor of " + id + " is " + factor + " over " + scaled.size()
                + " named maintainer(s) (at least " + min + " wanted): " + Shares.top(described, "contact", factor)
                + " of the committed hours reach " + Numbers.text(p.multiply(BigDecimal.valueOf(100))) + "%";
        return factor >= min ? Outcome.pass(message, locations, evidence) : Outcome.fail(message, locations, evidence);
    }

    /** Hours per year of a scaled weight: exact when the division terminates, else to 2 decimals. */
    private static BigDecimal hoursOf(BigDecimal scaledWeight, BigDecimal scale) {
        try {
            return scaledWeight.divide(scale);
        } catch (ArithmeticException e) {
            return scaledWeight.divide(scale, 2, RoundingMode.HALF_UP);
        }
    }
}
