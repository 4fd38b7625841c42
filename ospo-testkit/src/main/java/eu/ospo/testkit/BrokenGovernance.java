package eu.ospo.testkit;

import eu.ospo.model.Governance;
import java.util.Objects;

/**
 * A governance model that is valid except for exactly one {@link Defect}, with where and what.
 *
 * @param governance the model
 * @param defect what kind of thing is broken
 * @param key the dotted key path of the broken value in governance.yml, for example {@code
 *     agreements[2].project} (the same form {@link eu.ospo.problem.Problem#key()} uses)
 * @param description what was broken, in one sentence
 */
public record BrokenGovernance(Governance governance, Defect defect, String key, String description) {

    /** Checks for nulls. */
    public BrokenGovernance {
        Objects.requireNonNull(governance, "governance");
        Objects.requireNonNull(defect, "defect");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String toString() {
        return defect + " at " + key + ": " + description;
    }
}
