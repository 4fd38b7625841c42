package eu.ospo.governance.internal.rules;

import eu.ospo.model.Project;
import eu.ospo.publiccode.model.PublicCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which governance.yml project the publiccode.yml describes: the project whose {@code repository}
 * is publiccode.yml's {@code url} (compared as {@link OrganisationDirectory#normalUri} does, also
 * ignoring a trailing {@code .git}); if none matches and governance.yml has exactly one project,
 * that project.
 *
 * @param project the project
 * @param matchedBy {@code repository} (the URLs match) or {@code onlyProject} (the only project)
 */
public record ProjectLink(Indexed<Project> project, String matchedBy) {

    /** The project's repository equals publiccode.yml's {@code url}. */
    public static final String BY_REPOSITORY = "repository";

    /** governance.yml has one project and its repository does not match. */
    public static final String ONLY_PROJECT = "onlyProject";

    /** Checks for nulls. */
    public ProjectLink {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(matchedBy, "matchedBy");
    }

    /**
     * Finds the project.
     *
     * @param projects the projects, sorted by id
     * @param publicCode the publiccode.yml
     * @return the link, or empty when several projects exist and none has the URL
     */
    static Optional<ProjectLink> find(List<Indexed<Project>> projects, PublicCode publicCode) {
        String url = repository(publicCode.url());
        for (Indexed<Project> project : projects) {
            if (repository(project.value().repository()).equals(url)) {
                return Optional.of(new ProjectLink(project, BY_REPOSITORY));
            }
        }
        if (projects.size() == 1) {
            return Optional.of(new ProjectLink(projects.get(0), ONLY_PROJECT));
        }
        return Optional.empty();
    }

    private static String repository(String url) {
        String normal = OrganisationDirectory.normalUri(url);
        return normal.endsWith(".git") ? normal.substring(0, normal.length() - 4) : normal;
    }
}
