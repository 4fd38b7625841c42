package eu.ospo.governance.files;

import java.util.List;
import java.util.Objects;

/**
 * One rule of {@code CODEOWNERS}: a pattern and its owners.
 *
 * @param line the 1-based line it is on
 * @param pattern the pattern as written (escapes kept), without a leading {@code !}
 * @param owners the owners on the line, in order (GitLab: the section's default owners when the line
 *     names none); empty makes matching paths unowned
 * @param section the name of the GitLab section it belongs to as written on its first header, or
 *     {@code ""} outside sections (always on GitHub)
 * @param exclusion whether it is a GitLab exclusion ({@code !pattern}): matching paths are not owned
 *     in its section
 */
public record CodeOwnersEntry(int line, String pattern, List<CodeOwner> owners, String section, boolean exclusion) {

    /** Checks and copies. */
    public CodeOwnersEntry {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(section, "section");
        owners = List.copyOf(owners);
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1");
        }
    }
}
