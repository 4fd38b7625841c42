package eu.ospo.governance.internal.read;

import eu.ospo.governance.internal.read.Fields.Presence;
import eu.ospo.governance.internal.read.References.Kind;
import eu.ospo.model.Criticality;
import eu.ospo.model.MaintenanceType;
import eu.ospo.model.Project;
import java.util.Optional;

/** Reads {@code projects[]}. */
final class ProjectReader {

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
        fields.finish();
        if (id.isEmpty() || name.isEmpty() || repository.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Project(id.get(), name.get(), repository.get(), publiccode, maintenanceType, criticality, steward));
    }
}
