package eu.ospo.examples;

import static org.quicktheories.QuickTheory.qt;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.Rule;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.governance.rules.Status;
import eu.ospo.model.FteBasis;
import eu.ospo.model.Governance;
import eu.ospo.model.Project;
import eu.ospo.model.measure.CommittedEffort;
import eu.ospo.problem.Severity;
import eu.ospo.testkit.AgreementAdded;
import eu.ospo.testkit.Agreements;
import eu.ospo.testkit.Communities;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Property-tests a rule of your own with the testkit's generators: adding an active agreement to a
 * community must never add a failure of the rule.
 *
 * <p>Run: {@code java eu.ospo.examples.PropertyTestYourRule}; it prints {@code property holds} or
 * throws an {@link AssertionError} with the smallest counterexample QuickTheories found.
 */
public final class PropertyTestYourRule {

    private PropertyTestYourRule() {}

    /**
     * An example of a community's own rule: on the evaluation day, every project has at least {@code
     * minimumHours} hours per year committed by active agreements (1 FTE = 1600 hours).
     */
    public static final class MinimumHours implements Rule {

        private static final FteBasis BASIS = FteBasis.ofHoursPerYear(1600);

        /** Creates the rule. */
        public MinimumHours() {}

        @Override
        public String id() {
            return "X-MIN-HOURS";
        }

        @Override
        public String description() {
            return "Every project has at least minimumHours hours per year committed by active agreements.";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public URI anchor() {
            return URI.create("https://example.org/our-community/rules#minimum-hours");
        }

        @Override
        public Map<String, String> defaultParameters() {
            return Map.of("minimumHours", "800");
        }

        @Override
        public List<Outcome> evaluate(RuleContext context, RuleParameters parameters) {
            Governance governance = context.governance();
            BigDecimal minimum = parameters.decimal("minimumHours");
            List<Outcome> outcomes = new ArrayList<>();
            for (Project project : governance.projects()) {
                BigDecimal hours = CommittedEffort.total(governance.agreementsOn(project.id()), context.date(), BASIS);
                String message = project.id() + " has " + hours.toPlainString() + " committed hours per year";
                Map<String, Object> evidence = Map.of("hoursPerYear", hours, "minimumHours", minimum);
                outcomes.add(
                        hours.compareTo(minimum) >= 0
                                ? Outcome.pass(message, List.of(), evidence)
                                : Outcome.fail(message, List.of(), evidence));
            }
            return outcomes;
        }
    }

    /**
     * Checks the rule with the testkit's generators.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        addingAnAgreementNeverBreaks(new MinimumHours());
        System.out.println("property holds");
    }

    /**
     * The property: for generated communities, adding an agreement that is active on the evaluation
     * day never adds a failure of the rule.
     *
     * @param rule the rule under test
     * @throws AssertionError with the smallest counterexample, if the property does not hold
     */
    public static void addingAnAgreementNeverBreaks(Rule rule) {
        // tag::property[]
        Gen<AgreementAdded> additions = Agreements.addedTo(Communities.builder()
                .organisations(2, 8) // knobs: sizes, dates, commitments, kinds, ...
                .agreementsPerOrganisation(0, 3)
                .between(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31))
                .build()); // a valid community, a day, and one more agreement active on that day

        qt().forAll(additions)
                .check(added -> failures(rule, added.after(), added.day()) // with the agreement
                        <= failures(rule, added.before(), added.day())); // never more failures
        // end::property[]
    }

    /**
     * How many outcomes of a rule fail, with the rule's default parameters.
     *
     * @param rule the rule
     * @param governance the community
     * @param day the evaluation day
     * @return the number of failing outcomes
     */
    public static long failures(Rule rule, Governance governance, LocalDate day) {
        RuleContext context = RuleContext.of(governance, Optional.empty(), day);
        return rule.evaluate(context, new RuleParameters(rule.defaultParameters())).stream()
                .filter(outcome -> outcome.status() == Status.FAIL)
                .count();
    }
}
