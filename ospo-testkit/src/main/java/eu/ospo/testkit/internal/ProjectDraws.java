package eu.ospo.testkit.internal;

import eu.ospo.model.Criticality;
import eu.ospo.model.MaintenanceType;
import eu.ospo.model.Project;
import java.util.List;
import java.util.Optional;

/** Draws projects. */
public final class ProjectDraws {

    private ProjectDraws() {}

    /**
     * A project.
     *
     * @param draw the source
     * @param id its id
     * @param index its 1-based position (keeps names distinct)
     * @param steward the id of its lead organisation, if any
     * @return the project
     */
    public static Project project(Draw draw, String id, int index, Optional<String> steward) {
        String repository = "https://git.example.org/" + id + "/" + id;
        return new Project(
                id,
                Names.project(index),
                repository,
                draw.maybe(60, () -> repository + "/-/raw/main/publiccode.yml"),
                draw.maybe(70, () -> draw.pick(List.of(MaintenanceType.values()))),
                draw.maybe(70, () -> draw.pick(List.of(Criticality.values()))),
                steward);
    }
}
