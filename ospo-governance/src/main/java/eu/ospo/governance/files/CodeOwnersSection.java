package eu.ospo.governance.files;

import java.util.List;
import java.util.Objects;

/**
 * A GitLab {@code CODEOWNERS} section: {@code [Name]}, {@code ^[Optional]}, {@code [Name][2]} and
 * default owners on the header line. Sections whose names differ only in case are one section.
 *
 * @param name the name as written on its first header
 * @param line the 1-based line of its first header
 * @param optional whether approval is optional ({@code ^[...]})
 * @param approvals how many approvals it requires (1 unless {@code [Name][N]})
 * @param defaultOwners the owners of entries that name none
 */
public record CodeOwnersSection(String name, int line, boolean optional, int approvals, List<CodeOwner> defaultOwners) {

    /** Checks and copies. */
    public CodeOwnersSection {
        Objects.requireNonNull(name, "name");
        defaultOwners = List.copyOf(defaultOwners);
    }
}
