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
    GOVERNANCE(List.of("governance.yml")),
    /**
     * {@code CODEOWNERS}, where the forge reads it. This and the kinds below are the repository's own
     * governance files, found by {@link eu.ospo.governance.files.RepositoryFiles}' look-up rules (the
     * names are the base names; folder and extension follow the forge).
     */
    CODEOWNERS(List.of("CODEOWNERS")),
    /** Kubernetes-style {@code OWNERS_ALIASES}. */
    OWNERS_ALIASES(List.of("OWNERS_ALIASES")),
    /** Kubernetes-style {@code OWNERS}, in any folder. */
    OWNERS(List.of("OWNERS")),
    /** {@code MAINTAINERS}, with any usual extension. */
    MAINTAINERS(List.of("MAINTAINERS")),
    /** {@code SECURITY.md}. */
    SECURITY_POLICY(List.of("SECURITY")),
    /** OpenSSF {@code SECURITY-INSIGHTS.yml}. */
    SECURITY_INSIGHTS(List.of("SECURITY-INSIGHTS.yml")),
    /** {@code CONTRIBUTING}. */
    CONTRIBUTING(List.of("CONTRIBUTING")),
    /** {@code GOVERNANCE.md}. */
    GOVERNANCE_DOCUMENT(List.of("GOVERNANCE")),
    /** The code of conduct. */
    CODE_OF_CONDUCT(List.of("CODE_OF_CONDUCT", "CODE-OF-CONDUCT", "CODEOFCONDUCT")),
    /** A licence file or the REUSE {@code LICENSES/} folder. */
    LICENSE(List.of("LICENSE", "LICENCE", "COPYING", "LICENSES/"));

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
