package eu.ospo.testkit;

import eu.ospo.model.Project;
import eu.ospo.testkit.internal.Draw;
import eu.ospo.testkit.internal.ProjectDraws;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Generators of projects: id, name, repository URL, and now and then a publiccode.yml URL, a
 * maintenance type, a criticality and a steward.
 */
public final class Projects {

    private Projects() {}

    /**
     * Projects with ids {@code project1} to {@code project99}; the steward, when present, is one of
     * {@code org1} to {@code org9}.
     *
     * @return the generator
     */
    public static Gen<Project> any() {
        return in -> {
            Draw draw = new Draw(in);
            int index = draw.between(1, 99);
            Optional<String> steward = draw.maybe(70, () -> "org" + draw.between(1, 9));
            return ProjectDraws.project(draw, "project" + index, index, steward);
        };
    }
}
