package eu.ospo.governance.files;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes-style {@code OWNERS_ALIASES} file: named groups of users that {@code OWNERS} files may
 * name instead of users. Alias names compare without case.
 *
 * @param aliases alias name (as written) to its users, in file order
 */
public record OwnersAliases(Map<String, List<String>> aliases) {

    /** Copies the map, keeping its order. */
    public OwnersAliases {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        aliases.forEach((name, users) -> copy.put(name, List.copyOf(users)));
        aliases = Collections.unmodifiableMap(copy);
    }

    /**
     * The users of an alias.
     *
     * @param name the alias, in any case
     * @return its users, or empty when there is no such alias
     */
    public Optional<List<String>> usersOf(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return aliases.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(key))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * Names as users: aliases replaced by their users, other names kept.
     *
     * @param names user or alias names
     * @return the users, in order, with repeats removed
     */
    public List<String> expand(List<String> names) {
        java.util.Set<String> users = new java.util.LinkedHashSet<>();
        for (String name : names) {
            usersOf(name).ifPresentOrElse(users::addAll, () -> users.add(name));
        }
        return List.copyOf(users);
    }
}
