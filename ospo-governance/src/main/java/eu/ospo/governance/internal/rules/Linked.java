package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.publiccode.model.PublicCode;
import java.util.List;
import java.util.Optional;

/**
 * What the cross-file (XF) rules compare: publiccode.yml and the governance.yml project it
 * describes; or the outcome to report when one is missing.
 *
 * @param publicCode publiccode.yml
 * @param link the project it describes
 */
record Linked(PublicCode publicCode, ProjectLink link) {

    /**
     * The pair, or why there is none.
     *
     * @param facts the facts
     * @return the pair, or empty with {@code missing} set
     */
    static Optional<Linked> of(Facts facts) {
        if (facts.publicCode().isEmpty() || facts.link().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Linked(facts.publicCode().get(), facts.link().get()));
    }

    /**
     * The not-applicable outcome when {@link #of} is empty.
     *
     * @param facts the facts
     * @return one not-applicable outcome
     */
    static List<Outcome> missing(Facts facts) {
        if (facts.publicCode().isEmpty()) {
            return List.of(Outcome.notApplicable("there is no publiccode.yml to compare with"));
        }
        return List.of(Outcome.notApplicable("no project in governance.yml has publiccode.yml's url "
                + facts.publicCode().get().url() + " as its repository (see XF-PROJECT-LINKED)"));
    }

    /**
     * The project's id.
     *
     * @return the id
     */
    String projectId() {
        return link.project().value().id();
    }

    /**
     * The project's key path.
     *
     * @return {@code projects[i]}
     */
    String projectKey() {
        return Keys.project(link.project().index());
    }
}
