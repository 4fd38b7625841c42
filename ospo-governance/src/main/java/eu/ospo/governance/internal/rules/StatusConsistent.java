package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.MaintenanceType;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.DevelopmentStatus;
import eu.ospo.publiccode.model.PublicCode;
import java.util.List;

/** PC-STATUS-CONSISTENT: obsolete software is unmaintained, and unmaintained software is obsolete. */
final class StatusConsistent extends RuleDefinition {

    StatusConsistent() {
        super(
                "PC-STATUS-CONSISTENT",
                Severity.WARNING,
                Anchors.PC_DEVELOPMENT_STATUS,
                "publiccode.yml's developmentStatus is obsolete if and only if maintenance.type is none.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        if (facts.publicCode().isEmpty()) {
            return List.of(Outcome.notApplicable("there is no publiccode.yml to check"));
        }
        PublicCode publicCode = facts.publicCode().get();
        DevelopmentStatus status = publicCode.developmentStatus();
        MaintenanceType type = publicCode.maintenance().type();
        boolean obsolete = status == DevelopmentStatus.OBSOLETE;
        boolean unmaintained = type == MaintenanceType.NONE;
        var locations = List.of(facts.publiccodeAt("developmentStatus"), facts.publiccodeAt("maintenance.type"));
        var evidence = Evidence.of()
                .with("developmentStatus", status.value())
                .with("maintenanceType", type.value())
                .map();
        if (obsolete == unmaintained) {
            return List.of(Outcome.pass(
                    "developmentStatus " + status.value() + " agrees with maintenance.type " + type.value(),
                    locations,
                    evidence));
        }
        return List.of(Outcome.fail(
                obsolete
                        ? "developmentStatus is obsolete but maintenance.type is " + type.value() + ", not none"
                        : "maintenance.type is none but developmentStatus is " + status.value() + ", not obsolete",
                locations,
                evidence));
    }
}
