package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.MaintenanceType;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** XF-NONE-CONTRADICTED: maintenance type none agrees with the absence of active maintenance agreements. */
final class NoneContradicted extends RuleDefinition {

    NoneContradicted() {
        super(
                "XF-NONE-CONTRADICTED",
                Severity.WARNING,
                Anchors.PC_MAINTENANCE_TYPE,
                "publiccode.yml's maintenance.type is none exactly when no maintenance agreement on the project is"
                        + " active on the evaluation date.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<Linked> linked = Linked.of(facts);
        if (linked.isEmpty()) {
            return Linked.missing(facts);
        }
        MaintenanceType type = linked.get().publicCode().maintenance().type();
        String project = linked.get().projectId();
        List<Indexed<MaintainerAgreement>> active = facts.activeMaintenanceOn(project);
        List<String> ids = active.stream().map(a -> a.value().id()).toList();
        List<Location> locations = new ArrayList<>();
        locations.add(facts.publiccodeAt("maintenance.type"));
        active.forEach(a -> locations.add(facts.governanceAt(Keys.agreement(a.index()))));
        var evidence = Evidence.of()
                .with("project", project)
                .with("maintenanceType", type.value())
                .with("activeAgreements", ids)
                .map();
        boolean none = type == MaintenanceType.NONE;
        if (none && !active.isEmpty()) {
            return List.of(Outcome.fail(
                    "maintenance.type is none but " + active.size() + " maintenance agreement(s) on " + project
                            + " are active (" + String.join(", ", ids) + ")",
                    locations,
                    evidence));
        }
        if (!none && active.isEmpty()) {
            locations.add(facts.governanceAt(linked.get().projectKey()));
            return List.of(Outcome.fail(
                    "maintenance.type is " + type.value() + " but no maintenance agreement on " + project
                            + " is active",
                    locations,
                    evidence));
        }
        return List.of(Outcome.pass(
                none
                        ? "maintenance.type is none and no maintenance agreement on " + project + " is active"
                        : "maintenance.type is " + type.value() + " and " + active.size()
                                + " maintenance agreement(s) on " + project + " are active",
                locations,
                evidence));
    }
}
