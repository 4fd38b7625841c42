package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.FteBasis;
import eu.ospo.model.Project;
import eu.ospo.model.measure.CommittedEffort;
import eu.ospo.model.measure.Concentration;
import eu.ospo.problem.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** DIV-ELEPHANT: no small set of organisations commits most of a project's effort. */
final class ElephantFactor extends RuleDefinition {

    ElephantFactor() {
        super(
                "DIV-ELEPHANT",
                Severity.WARNING,
                Anchors.CHAOSS_ELEPHANT_FACTOR,
                "For every project whose maintenance type is not none, the elephant factor F(w, p) over the effort"
                        + " each organisation commits in agreements active on the evaluation date is at least k (with"
                        + " p = 0.5 and k = 2: no organisation commits half or more).",
                ParameterSpec.of(
                        "p",
                        "0.5",
                        ParameterSpec.Kind.FRACTION,
                        "the share of all effort the largest organisations reach"),
                ParameterSpec.of(
                        "k", "2", ParameterSpec.Kind.POSITIVE_WHOLE, "the smallest acceptable elephant factor"),
                ParameterSpec.FTE_BASIS);
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        FteBasis basis = Numbers.basis(parameters.decimal(ParameterSpec.FTE_BASIS.name()));
        BigDecimal p = parameters.decimal("p");
        int k = parameters.integer("k");
        return MaintainedProjects.each(facts, project -> check(facts, project, basis, p, k));
    }

    private static Outcome check(Facts facts, Indexed<Project> project, FteBasis basis, BigDecimal p, int k) {
        String id = project.value().id();
        Map<String, BigDecimal> effort = CommittedEffort.byProvider(
                facts.agreementsOn(id).stream().map(Indexed::value).toList(), facts.date(), basis);
        BigDecimal total = effort.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int factor = Concentration.elephantFactor(effort, p);
        var locations = List.of(facts.governanceAt(Keys.project(project.index())));
        if (total.signum() == 0) {
            return Outcome.fail(
                    "no effort is committed to " + id + " by active agreements; the elephant factor is 0",
                    locations,
                    Evidence.of()
                            .with("project", id)
                            .with("elephantFactor", 0)
                            .with("p", p)
                            .with("k", k)
                            .with("totalHoursPerYear", total)
                            .with("organisations", List.of())
                            .map());
        }
        var described = Shares.describe("organisation", effort, effort, total);
        var evidence = Evidence.of()
                .with("project", id)
                .with("elephantFactor", factor)
                .with("p", p)
                .with("k", k)
                .with("fteBasis", basis.hoursPerYear())
                .with("totalHoursPerYear", total)
                .with("organisations", described)
                .map();
        String message = "the elephant factor of " + id + " is " + factor + " (at least " + k + " wanted): "
                + Shares.top(described, "organisation", factor) + " of " + Numbers.text(total)
                + " h/yr reach " + Numbers.text(p.multiply(BigDecimal.valueOf(100))) + "%";
        return factor >= k ? Outcome.pass(message, locations, evidence) : Outcome.fail(message, locations, evidence);
    }
}
