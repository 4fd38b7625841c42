package eu.ospo.governance.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Kubernetes-style {@code OWNERS} file (Prow's repository owners): it applies to its directory and
 * everything below, unless a deeper {@code OWNERS} says {@code options.no_parent_owners}.
 *
 * @param directory the directory it applies to, relative to the repository ({@code ""} for the root)
 * @param config the top-level people (empty when {@code filters} is used)
 * @param filters path regular expression (Go syntax, relative to the directory) to its people, in file
 *     order
 * @param noParentOwners whether owners of parent directories stop applying here
 */
public record Owners(String directory, OwnersConfig config, Map<String, OwnersConfig> filters, boolean noParentOwners) {

    /** Checks and copies (the filter map keeps its order). */
    public Owners {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(config, "config");
        filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    /**
     * Every approver and reviewer (required or not) named at the top level or in a filter, without
     * repeats, in order; emeritus people are not included.
     *
     * @return the names
     */
    public List<String> activePeople() {
        Set<String> people = new LinkedHashSet<>();
        add(people, config);
        filters.values().forEach(c -> add(people, c));
        return new ArrayList<>(people);
    }

    private static void add(Set<String> people, OwnersConfig config) {
        people.addAll(config.approvers());
        people.addAll(config.reviewers());
        people.addAll(config.requiredReviewers());
    }
}
