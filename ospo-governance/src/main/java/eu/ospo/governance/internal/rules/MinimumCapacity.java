package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.Criticality;
import eu.ospo.model.FteBasis;
import eu.ospo.model.Project;
import eu.ospo.model.measure.CommittedEffort;
import eu.ospo.problem.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** AGR-MIN-CAPACITY: enough effort is committed to each project for its criticality. */
final class MinimumCapacity extends RuleDefinition {

    MinimumCapacity() {
        super(
                "AGR-MIN-CAPACITY",
                Severity.WARNING,
                Anchors.SFPC_WELCOME_CONTRIBUTORS,
                "For every project whose maintenance type is not none, the effort committed by agreements active"
                        + " on the evaluation date, in FTE, is at least the threshold for the project's criticality"
                        + " (medium when it has none).",
                ParameterSpec.of("low", "0.1", ParameterSpec.Kind.POSITIVE_DECIMAL, "FTE needed at low criticality"),
                ParameterSpec.of(
                        "medium", "0.3", ParameterSpec.Kind.POSITIVE_DECIMAL, "FTE needed at medium criticality"),
                ParameterSpec.of("high", "0.8", ParameterSpec.Kind.POSITIVE_DECIMAL, "FTE needed at high criticality"),
                ParameterSpec.FTE_BASIS);
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        FteBasis basis = Numbers.basis(parameters.decimal(ParameterSpec.FTE_BASIS.name()));
        return MaintainedProjects.each(facts, project -> check(facts, project, parameters, basis));
    }

    private static Outcome check(Facts facts, Indexed<Project> project, RuleParameters parameters, FteBasis basis) {
        String id = project.value().id();
        Criticality criticality = project.value().criticality().orElse(Criticality.MEDIUM);
        BigDecimal threshold = parameters.decimal(criticality.value());
        Map<String, BigDecimal> byProvider = CommittedEffort.byProvider(
                facts.agreementsOn(id).stream().map(Indexed::value).toList(), facts.date(), basis);
        BigDecimal total = byProvider.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fte = Numbers.fte(total, basis);
        var evidence = Evidence.of()
                .with("project", id)
                .with("criticality", criticality.value())
                .with("criticalityDeclared", project.value().criticality().isPresent())
                .with("thresholdFte", threshold)
                .with("fteBasis", basis.hoursPerYear())
                .with("totalHoursPerYear", total)
                .with("totalFte", fte)
                .with("hoursPerYearByOrganisation", byProvider)
                .map();
        var locations = List.of(facts.governanceAt(Keys.project(project.index())));
        String message = id + " has " + Numbers.text(fte) + " FTE (" + Numbers.text(total)
                + " h/yr) of active committed effort; " + criticality.value() + " criticality needs "
                + Numbers.text(threshold) + " FTE";
        return total.compareTo(basis.toHours(threshold)) >= 0
                ? Outcome.pass(message, locations, evidence)
                : Outcome.fail(message, locations, evidence);
    }
}
