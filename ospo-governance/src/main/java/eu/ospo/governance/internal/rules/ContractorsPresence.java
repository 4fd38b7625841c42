package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.MaintenanceType;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.PublicCode;
import java.util.ArrayList;
import java.util.List;

/** PC-CONTRACTORS-PRESENCE: publiccode.yml lists contractors exactly when maintenance is by contract. */
final class ContractorsPresence extends RuleDefinition {

    ContractorsPresence() {
        super(
                "PC-CONTRACTORS-PRESENCE",
                Severity.ERROR,
                Anchors.PC_CONTRACTORS,
                "publiccode.yml lists maintenance.contractors if and only if maintenance.type is contract.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        if (facts.publicCode().isEmpty()) {
            return List.of(Outcome.notApplicable("there is no publiccode.yml to check"));
        }
        PublicCode publicCode = facts.publicCode().get();
        MaintenanceType type = publicCode.maintenance().type();
        int contractors = publicCode.maintenance().contractors().size();
        boolean contract = type == MaintenanceType.CONTRACT;
        List<Location> locations = new ArrayList<>();
        locations.add(facts.publiccodeAt("maintenance.type"));
        if (contractors > 0) {
            locations.add(facts.publiccodeAt("maintenance.contractors"));
        }
        var evidence = Evidence.of()
                .with("maintenanceType", type.value())
                .with("contractors", contractors)
                .map();
        if (contract && contractors == 0) {
            return List.of(Outcome.fail(
                    "maintenance.type is contract but publiccode.yml lists no contractors", locations, evidence));
        }
        if (!contract && contractors > 0) {
            return List.of(Outcome.fail(
                    "maintenance.type is " + type.value() + " but publiccode.yml lists " + contractors
                            + " contractor(s); only contract maintenance has contractors",
                    locations,
                    evidence));
        }
        return List.of(Outcome.pass(
                contract
                        ? "maintenance by contract with " + contractors + " contractor(s) listed"
                        : "maintenance.type is " + type.value() + " and no contractors are listed",
                locations,
                evidence));
    }
}
