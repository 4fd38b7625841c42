package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.MaintenanceType;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.PublicCode;
import java.util.List;

/** PC-CONTACTS-PRESENCE: internal and community maintenance name contacts in publiccode.yml. */
final class ContactsPresence extends RuleDefinition {

    ContactsPresence() {
        super(
                "PC-CONTACTS-PRESENCE",
                Severity.ERROR,
                Anchors.PC_CONTACTS,
                "publiccode.yml lists at least one maintenance.contacts entry when maintenance.type is internal"
                        + " or community.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        if (facts.publicCode().isEmpty()) {
            return List.of(Outcome.notApplicable("there is no publiccode.yml to check"));
        }
        PublicCode publicCode = facts.publicCode().get();
        MaintenanceType type = publicCode.maintenance().type();
        if (type != MaintenanceType.INTERNAL && type != MaintenanceType.COMMUNITY) {
            return List.of(Outcome.notApplicable(
                    "maintenance.type is " + type.value() + "; contacts are required only for internal or community"));
        }
        int contacts = publicCode.maintenance().contacts().size();
        List<Location> locations = List.of(facts.publiccodeAt("maintenance.type"));
        var evidence = Evidence.of()
                .with("maintenanceType", type.value())
                .with("contacts", contacts)
                .map();
        if (contacts == 0) {
            return List.of(Outcome.fail(
                    "maintenance.type is " + type.value() + " but publiccode.yml lists no maintenance contacts",
                    locations,
                    evidence));
        }
        return List.of(Outcome.pass(
                contacts + " maintenance contact(s) listed for " + type.value() + " maintenance",
                List.of(facts.publiccodeAt("maintenance.contacts")),
                evidence));
    }
}
