package eu.ospo.governance.check;

import java.util.List;

/**
 * The kinds of file a {@link RepositoryCheck} reads from a repository directory, in the order it
 * reads them. More kinds may be added in later releases (the repository's own governance files),
 * so a {@code switch} over this type should have a default branch.
 */
public enum FileKind {
    /** The project's metadata: {@code publiccode.yml}, else {@code publiccode.yaml}. */
    PUBLICCODE(List.of("publiccode.yml", "publiccode.yaml")),
    /** The community's governance: {@code governance.yml}. */
    GOVERNANCE(List.of("governance.yml"));

    private final List<String> fileNames;

    FileKind(List<String> fileNames) {
        this.fileNames = fileNames;
    }

    /**
     * The names a file of this kind may have in the repository directory, in order of preference:
     * the first one present is read.
     *
     * @return the names, at least one
     */
    public List<String> fileNames() {
        return fileNames;
    }
}
