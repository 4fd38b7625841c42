package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.FteBasis;
import eu.ospo.model.Project;
import eu.ospo.model.measure.CommittedEffort;
import eu.ospo.problem.Severity;
import java.util.List;

/** DIV-ORG-COUNT: several organisations commit effort to a project. */
final class OrganisationCount extends RuleDefinition {

    /** Any basis will do: whether effort is positive does not depend on it. */
    private static final FteBasis ANY_BASIS = FteBasis.ofHoursPerYear(1600);

    OrganisationCount() {
        super(
                "DIV-ORG-COUNT",
                Severity.INFO,
                Anchors.SCORECARD_CONTRIBUTORS,
                "For every project whose maintenance type is not none, at least minOrganisations distinct"
                        + " organisations commit effort to it as providers of agreements active on the evaluation date"
                        + " (contractors count for their client).",
                ParameterSpec.of(
                        "minOrganisations",
                        "3",
                        ParameterSpec.Kind.POSITIVE_WHOLE,
                        "distinct organisations committing effort wanted"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        int required = parameters.integer("minOrganisations");
        return MaintainedProjects.each(facts, project -> check(facts, project, required));
    }

    private static Outcome check(Facts facts, Indexed<Project> project, int required) {
        String id = project.value().id();
        List<String> organisations = List.copyOf(CommittedEffort.byProvider(
                        facts.agreementsOn(id).stream().map(Indexed::value).toList(), facts.date(), ANY_BASIS)
                .keySet());
        var evidence = Evidence.of()
                .with("project", id)
                .with("organisations", organisations)
                .with("count", organisations.size())
                .with("minOrganisations", required)
                .map();
        String who = organisations.isEmpty() ? "" : " (" + String.join(", ", organisations) + ")";
        String message = organisations.size() + " organisation(s) commit effort to " + id + who + "; at least "
                + required + " wanted";
        var locations = List.of(facts.governanceAt(Keys.project(project.index())));
        return organisations.size() >= required
                ? Outcome.pass(message, locations, evidence)
                : Outcome.fail(message, locations, evidence);
    }
}
