package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.Project;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.PublicCode;
import java.util.List;
import java.util.Optional;

/** XF-PROJECT-LINKED: publiccode.yml describes a governance.yml project, and their maintenance types agree. */
final class ProjectLinked extends RuleDefinition {

    ProjectLinked() {
        super(
                "XF-PROJECT-LINKED",
                Severity.ERROR,
                Anchors.PC_MAINTENANCE_TYPE,
                "publiccode.yml describes a project of governance.yml (its url is the project's repository,"
                        + " or governance.yml has one project), and that project's maintenanceType, if set, equals"
                        + " publiccode.yml's maintenance.type.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        if (facts.publicCode().isEmpty()) {
            return List.of(Outcome.notApplicable("there is no publiccode.yml to compare with"));
        }
        PublicCode publicCode = facts.publicCode().get();
        String publiccodeType = publicCode.maintenance().type().value();
        Optional<ProjectLink> link = facts.link();
        if (link.isEmpty()) {
            return List.of(Outcome.fail(
                    "no project in governance.yml has publiccode.yml's url " + publicCode.url() + " as its repository",
                    List.of(facts.publiccodeAt("url"), facts.governanceAt("projects")),
                    Evidence.of()
                            .with("url", publicCode.url())
                            .with("projects", facts.projects().size())
                            .map()));
        }
        Project project = link.get().project().value();
        String key = Keys.project(link.get().project().index());
        Optional<String> governanceType = project.maintenanceType().map(t -> t.value());
        var evidence = Evidence.of()
                .with("project", project.id())
                .with("matchedBy", link.get().matchedBy())
                .with("url", publicCode.url())
                .with("repository", project.repository())
                .with("publiccodeMaintenanceType", publiccodeType)
                .with("governanceMaintenanceType", governanceType.orElse(""))
                .map();
        if (governanceType.isEmpty()) {
            return List.of(Outcome.pass(
                    "publiccode.yml describes project " + project.id() + ", which sets no maintenanceType to compare",
                    List.of(facts.governanceAt(key)),
                    evidence));
        }
        var locations = List.of(facts.governanceAt(key + ".maintenanceType"), facts.publiccodeAt("maintenance.type"));
        if (governanceType.get().equals(publiccodeType)) {
            return List.of(Outcome.pass(
                    "project " + project.id() + " and publiccode.yml both say maintenance is " + publiccodeType,
                    locations,
                    evidence));
        }
        return List.of(Outcome.fail(
                "project " + project.id() + " has maintenanceType " + governanceType.get()
                        + " but publiccode.yml's maintenance.type is " + publiccodeType,
                locations,
                evidence));
    }
}
