package eu.ospo.governance.files;

import eu.ospo.governance.internal.files.CodeOwnersParser;
import eu.ospo.governance.internal.files.PathPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@code CODEOWNERS} file as the forge reads it: its entries in file order (lines the forge ignores
 * left out) and, on GitLab, its sections. {@link #ownersOf(String)} answers who owns a path the way
 * the forge does: per section the last matching entry wins (on GitLab a matching exclusion wins in
 * its section), and every section contributes its owners. Immutable and thread-safe.
 */
public final class CodeOwners {

    private final Forge flavour;
    private final List<CodeOwnersEntry> entries;
    private final List<CodeOwnersSection> sections;
    private final List<PathPattern> patterns;
    private final Map<String, List<Integer>> entriesBySection;

    /**
     * A file's content.
     *
     * @param flavour the forge whose rules apply
     * @param entries the entries, in file order
     * @param sections the GitLab sections (empty on GitHub), in order of first appearance
     */
    public CodeOwners(Forge flavour, List<CodeOwnersEntry> entries, List<CodeOwnersSection> sections) {
        this.flavour = Objects.requireNonNull(flavour, "flavour");
        this.entries = List.copyOf(entries);
        this.sections = List.copyOf(sections);
        List<PathPattern> compiled = new ArrayList<>(this.entries.size());
        Map<String, List<Integer>> bySection = new LinkedHashMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            CodeOwnersEntry entry = this.entries.get(i);
            compiled.add(PathPattern.compile(entry.pattern(), flavour == Forge.GITLAB));
            bySection
                    .computeIfAbsent(entry.section().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(i);
        }
        this.patterns = List.copyOf(compiled);
        this.entriesBySection = bySection;
    }

    /**
     * Reads {@code CODEOWNERS} text.
     *
     * @param path the file's path in the repository, for the result
     * @param text the content
     * @param flavour the forge whose syntax applies
     * @return the entries the forge would use and the problems of the lines it would not
     */
    public static RepositoryFile<CodeOwners> parse(String path, String text, Forge flavour) {
        return CodeOwnersParser.parse(path, text, flavour);
    }

    /**
     * The forge whose rules apply.
     *
     * @return the flavour
     */
    public Forge flavour() {
        return flavour;
    }

    /**
     * The entries, in file order.
     *
     * @return the entries
     */
    public List<CodeOwnersEntry> entries() {
        return entries;
    }

    /**
     * The GitLab sections.
     *
     * @return the sections, empty on GitHub
     */
    public List<CodeOwnersSection> sections() {
        return sections;
    }

    /**
     * Who owns a path.
     *
     * @param path a file path relative to the repository root ({@code src/Main.java}; a leading
     *     {@code /} or {@code ./} is ignored)
     * @return the deciding entry of each section that matches it
     */
    public Ownership ownersOf(String path) {
        String normal = path;
        while (normal.startsWith("/") || normal.startsWith("./")) {
            normal = normal.substring(normal.startsWith("/") ? 1 : 2);
        }
        List<Ownership.Match> matches = new ArrayList<>();
        for (List<Integer> section : entriesBySection.values()) {
            CodeOwnersEntry decisive = null;
            for (int i = section.size() - 1; i >= 0; i--) {
                int index = section.get(i);
                if (patterns.get(index).matches(normal)) {
                    CodeOwnersEntry entry = entries.get(index);
                    if (decisive == null) {
                        decisive = entry;
                    }
                    if (entry.exclusion()) {
                        decisive = entry;
                        break;
                    }
                    if (flavour == Forge.GITHUB) {
                        break;
                    }
                }
            }
            if (decisive != null) {
                matches.add(new Ownership.Match(decisive.section(), decisive));
            }
        }
        return new Ownership(normal, matches);
    }

    /**
     * Every owner named in the file (entries and section defaults), without repeats, in order.
     *
     * @return the owners
     */
    public List<CodeOwner> allOwners() {
        Set<CodeOwner> owners = new LinkedHashSet<>();
        sections.forEach(s -> owners.addAll(s.defaultOwners()));
        entries.forEach(e -> owners.addAll(e.owners()));
        return new ArrayList<>(owners);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CodeOwners that
                && flavour == that.flavour
                && entries.equals(that.entries)
                && sections.equals(that.sections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(flavour, entries, sections);
    }

    @Override
    public String toString() {
        return "CodeOwners[" + flavour.key() + ", " + entries.size() + " entries]";
    }
}
