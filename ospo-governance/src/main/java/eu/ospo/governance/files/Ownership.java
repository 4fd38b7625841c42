package eu.ospo.governance.files;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who owns a path according to {@code CODEOWNERS}: per section, the last matching entry.
 *
 * <p>On GitHub there is one (unnamed) section. A path is <em>unmatched</em> when no entry matches it,
 * <em>unowned</em> when the deciding entries name no owner (an entry with an empty owner list, or a
 * GitLab exclusion), and <em>owned</em> otherwise.
 *
 * @param path the path asked about
 * @param matches the deciding entry of each section that matches the path, in section order
 */
public record Ownership(String path, List<Match> matches) {

    /**
     * The deciding entry of one section.
     *
     * @param section the section's name ({@code ""} outside sections)
     * @param entry the last matching entry of the section (for GitLab, an exclusion wins in its section)
     */
    public record Match(String section, CodeOwnersEntry entry) {

        /** Checks for nulls. */
        public Match {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(entry, "entry");
        }

        /**
         * The owners this match gives the path.
         *
         * @return the entry's owners, or none for an exclusion
         */
        public List<CodeOwner> owners() {
            return entry.exclusion() ? List.of() : entry.owners();
        }
    }

    /** Checks and copies. */
    public Ownership {
        Objects.requireNonNull(path, "path");
        matches = List.copyOf(matches);
    }

    /**
     * Every owner of the path over all sections, without repeats, in order.
     *
     * @return the owners
     */
    public List<CodeOwner> owners() {
        Set<CodeOwner> owners = new LinkedHashSet<>();
        matches.forEach(m -> owners.addAll(m.owners()));
        return new ArrayList<>(owners);
    }

    /**
     * Whether some entry matches the path.
     *
     * @return true when matched
     */
    public boolean isMatched() {
        return !matches.isEmpty();
    }

    /**
     * Whether the path has at least one owner.
     *
     * @return true when owned
     */
    public boolean isOwned() {
        return matches.stream().anyMatch(m -> !m.owners().isEmpty());
    }

    /**
     * Whether entries match the path but give it no owner (distinct from unmatched).
     *
     * @return true when matched and unowned
     */
    public boolean isUnowned() {
        return isMatched() && !isOwned();
    }
}
