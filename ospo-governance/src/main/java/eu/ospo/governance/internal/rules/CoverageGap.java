package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.AgreementKind;
import eu.ospo.model.DateRange;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Project;
import eu.ospo.model.measure.Coverage;
import eu.ospo.problem.Severity;
import java.util.List;

/** AGR-COVERAGE-GAP: maintenance agreements cover the coming horizon without gaps. */
final class CoverageGap extends RuleDefinition {

    CoverageGap() {
        super(
                "AGR-COVERAGE-GAP",
                Severity.WARNING,
                Anchors.SFPC_WELCOME_CONTRIBUTORS,
                "For every project whose maintenance type is not none, signed maintenance agreements cover every"
                        + " day from the evaluation date to horizonDays days later.",
                ParameterSpec.of(
                        "horizonDays", "180", ParameterSpec.Kind.WHOLE, "how many days ahead must be covered"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        int horizon = parameters.integer("horizonDays");
        DateRange range = new DateRange(facts.date(), facts.date().plusDays(horizon));
        return MaintainedProjects.each(facts, project -> check(facts, project, range));
    }

    private static Outcome check(Facts facts, Indexed<Project> project, DateRange range) {
        String id = project.value().id();
        List<MaintainerAgreement> maintenance = facts.agreementsOn(id).stream()
                .map(Indexed::value)
                .filter(a -> a.kind() == AgreementKind.MAINTENANCE)
                .toList();
        Coverage coverage = Coverage.of(maintenance, range);
        List<String> gaps =
                coverage.gaps().stream().map(g -> g.start() + ".." + g.end()).toList();
        var evidence = Evidence.of()
                .with("project", id)
                .with("from", range.start())
                .with("to", range.end())
                .with("coveredDays", coverage.coveredDays())
                .with("uncoveredDays", coverage.uncoveredDays())
                .with("gaps", gaps)
                .map();
        var locations = List.of(facts.governanceAt(Keys.project(project.index())));
        if (coverage.isComplete()) {
            return Outcome.pass(
                    "maintenance agreements cover " + id + " every day from " + range.start() + " to " + range.end(),
                    locations,
                    evidence);
        }
        return Outcome.fail(
                "maintenance agreements leave " + id + " uncovered on " + coverage.uncoveredDays() + " of "
                        + range.days() + " days from " + range.start() + " to " + range.end() + " (first gap "
                        + gaps.get(0) + ")",
                locations,
                evidence);
    }
}
