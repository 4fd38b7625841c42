package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.model.MaintenanceType;
import eu.ospo.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a per-project check over every project that is meant to be maintained: projects whose
 * maintenance type ({@link Facts#maintenanceType}) is {@code none} get a not-applicable outcome;
 * projects without a known type are checked.
 */
final class MaintainedProjects {

    private MaintainedProjects() {}

    static List<Outcome> each(Facts facts, Function<Indexed<Project>, Outcome> check) {
        if (facts.projects().isEmpty()) {
            return List.of(Outcome.notApplicable("governance.yml has no projects"));
        }
        List<Outcome> outcomes = new ArrayList<>(facts.projects().size());
        for (Indexed<Project> project : facts.projects()) {
            if (facts.maintenanceType(project)
                    .filter(t -> t == MaintenanceType.NONE)
                    .isPresent()) {
                outcomes.add(Outcome.notApplicable(
                        "project " + project.value().id() + " is not maintained (maintenance type none)"));
            } else {
                outcomes.add(check.apply(project));
            }
        }
        return outcomes;
    }
}
