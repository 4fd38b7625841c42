package eu.ospo.governance.files;

import java.util.List;

/**
 * The files of a repository, as far as they were listed: paths relative to the root with {@code /}
 * separators, sorted; version-control folders ({@code .git}) left out, symbolic links not followed.
 *
 * @param paths the paths listed
 * @param complete whether every file was listed (false when the listing stopped at its limit, or for a
 *     tree that was never listed)
 */
public record FileTree(List<String> paths, boolean complete) {

    /** A tree that was not listed. */
    public static final FileTree UNKNOWN = new FileTree(List.of(), false);

    /** Copies the list. */
    public FileTree {
        paths = List.copyOf(paths);
    }
}
