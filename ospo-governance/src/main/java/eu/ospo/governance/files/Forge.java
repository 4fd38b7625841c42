package eu.ospo.governance.files;

import java.util.List;
import java.util.Locale;

/**
 * A forge whose conventions decide where files are looked for and how {@code CODEOWNERS} is read.
 * Its {@link #key()} is the key used in governance.yml's {@code forgeHandles}.
 */
public enum Forge {
    /** GitHub: {@code .github/CODEOWNERS}, {@code CODEOWNERS}, {@code docs/CODEOWNERS}; inline comments; no sections. */
    GITHUB(List.of(".github/", "", "docs/"), List.of(".github/", "", "docs/")),
    /** GitLab: {@code CODEOWNERS}, {@code docs/}, {@code .gitlab/}; sections, exclusions, no inline comments. */
    GITLAB(List.of("", "docs/", ".gitlab/"), List.of("", "docs/", ".gitlab/"));

    private final List<String> codeOwnersFolders;
    private final List<String> communityFolders;

    Forge(List<String> codeOwnersFolders, List<String> communityFolders) {
        this.codeOwnersFolders = codeOwnersFolders;
        this.communityFolders = communityFolders;
    }

    /**
     * The folders where the forge looks for {@code CODEOWNERS}, in its order (the first found wins);
     * {@code ""} is the root.
     *
     * @return folder prefixes ending with {@code /}, or empty for the root
     */
    public List<String> codeOwnersFolders() {
        return codeOwnersFolders;
    }

    /**
     * The folders where the forge looks for community files ({@code SECURITY.md}, {@code
     * CONTRIBUTING.md}, ...), in its order.
     *
     * @return folder prefixes ending with {@code /}, or empty for the root
     */
    public List<String> communityFolders() {
        return communityFolders;
    }

    /**
     * The forge's key in {@code forgeHandles}.
     *
     * @return {@code github} or {@code gitlab}
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
