package eu.ospo.governance.internal.read;

import eu.ospo.governance.internal.read.Fields.Presence;
import eu.ospo.governance.internal.read.References.Kind;
import eu.ospo.model.Criticality;
import eu.ospo.model.MaintenanceType;
import eu.ospo.model.Project;
import java.util.Optional;

/** Reads {@code projects[]}. */
final class ProjectReader {

    private static final String V02 = "0.2";

    private ProjectReader() {}

    static Optional<Project> read(Fields fields) {
        Optional<String> id = fields.id(Kind.PROJECT, true);
        Optional<String> name = fields.string("name", Presence.REQUIRED);
        Optional<String> repository = Formats.url(fields, "repository", Presence.REQUIRED);
        Optional<String> publiccode = fields.string("publiccode", Presence.OPTIONAL);
        Optional<MaintenanceType> maintenanceType =
                fields.keyword("maintenanceType", MaintenanceType.class, Presence.OPTIONAL);
        Optional<Criticality> criticality = fields.keyword("criticality", Criticality.class, Presence.OPTIONAL);
        Optional<String> steward = fields.reference("steward", Kind.ORGANISATION, Presence.OPTIONAL);
        Optional<String> ruleset = fields.allows("ruleset", V02)
                ? fields.reference("ruleset", Kind.OSPO_RULESET, Presence.OPTIONAL)
                : Optional.empty();
        Optional<String> waiver = fields.allows("rulesetWaiver", V02)
                ? fields.string("rulesetWaiver", Presence.OPTIONAL)
                : Optional.empty();
        if (ruleset.isPresent() && waiver.isPresent()) {
            fields.error(
                    Codes.EXCLUDED_UNLESS,
                    "rulesetWaiver",
                    "rulesetWaiver explains why a project uses no OSPO ruleset; this project names one (ruleset: "
                            + ruleset.get() + ")",
                    "ruleset",
                    ruleset.get());
        }
        fields.finish();
        if (id.isEmpty() || name.isEmpty() || repository.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Project(
                id.get(),
                name.get(),
                repository.get(),
                publiccode,
                maintenanceType,
                criticality,
                steward,
                ruleset,
                waiver));
    }
}
