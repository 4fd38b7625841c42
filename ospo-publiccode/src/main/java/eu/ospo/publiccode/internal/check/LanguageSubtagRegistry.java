package eu.ospo.publiccode.internal.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parts of the IANA Language Subtag Registry (RFC 5646 section 3) that tag validation needs.
 * All subtags and tags are stored lower-case. Immutable and thread-safe.
 *
 * <p>At run time it is {@linkplain #load() loaded} from the precomputed tables {@value #TABLES},
 * which {@link CompactRegistries} writes at build time from the bundled registry text {@value
 * #SOURCE} with {@link #parse(List)}; a test checks that both give the same registry.
 *
 * <p>Record-jar format of the text: records separated by {@code %%} lines, one {@code Field: value}
 * per line, a line starting with white space continues the previous field. Subtag ranges such as
 * {@code qaa..qtz} (private use) are expanded to every subtag in the range.
 */
final class LanguageSubtagRegistry {
    /** The registry text, as bundled (the source of truth). */
    static final String SOURCE = "language-subtag-registry.txt";

    /** The precomputed tables generated from {@link #SOURCE}. */
    static final String TABLES = "language-subtag-registry.tables";

    private final KeySet languages;
    private final Map<String, String> extlangPrefixes;
    private final KeySet scripts;
    private final KeySet regions;
    private final Map<String, List<String>> variantPrefixes;
    private final KeySet grandfathered;

    private LanguageSubtagRegistry(
            KeySet languages,
            Map<String, String> extlangPrefixes,
            KeySet scripts,
            KeySet regions,
            Map<String, List<String>> variantPrefixes,
            KeySet grandfathered) {
        this.languages = languages;
        this.extlangPrefixes = extlangPrefixes;
        this.scripts = scripts;
        this.regions = regions;
        this.variantPrefixes = variantPrefixes;
        this.grandfathered = grandfathered;
    }

    /** Loads the precomputed tables. */
    static LanguageSubtagRegistry load() {
        return fromTables(CompactTables.load(TABLES));
    }

    static LanguageSubtagRegistry fromTables(CompactTables tables) {
        Map<String, String> extlangPrefixes = new HashMap<>();
        for (Map.Entry<String, List<String>> extlang : tables.map("extlang").entrySet()) {
            if (extlang.getValue().size() != 1) {
                throw new IllegalStateException("extlang " + extlang.getKey() + " must have one prefix");
            }
            extlangPrefixes.put(extlang.getKey(), extlang.getValue().get(0));
        }
        return new LanguageSubtagRegistry(
                tables.set("language"),
                extlangPrefixes,
                tables.set("script"),
                tables.set("region"),
                tables.map("variant"),
                tables.set("grandfathered"));
    }

    /** Writes this registry as precomputed tables. */
    void writeTo(CompactTables.Writer writer) {
        Map<String, List<String>> extlang = new TreeMap<>();
        for (Map.Entry<String, String> entry : extlangPrefixes.entrySet()) {
            extlang.put(entry.getKey(), List.of(entry.getValue()));
        }
        writer.set("language", languages)
                .map("extlang", extlang)
                .set("script", scripts)
                .set("region", regions)
                .map("variant", new TreeMap<>(variantPrefixes))
                .set("grandfathered", grandfathered);
    }

    /** Parses the bundled registry text (build time and tests). */
    static Parsed parseSource() {
        return parse(BundledResource.lines(SOURCE));
    }

    static Parsed parse(List<String> lines) {
        Parsed parsed = new Parsed();
        Map<String, List<String>> record = new HashMap<>();
        String lastField = null;
        for (String line : lines) {
            if (line.equals("%%")) {
                parsed.add(record);
                record = new HashMap<>();
                lastField = null;
            } else if (!line.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                if (lastField != null) {
                    List<String> values = record.get(lastField);
                    int last = values.size() - 1;
                    values.set(last, values.get(last) + " " + line.strip());
                }
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    lastField = line.substring(0, colon);
                    record.computeIfAbsent(lastField, k -> new ArrayList<>())
                            .add(line.substring(colon + 1).strip());
                }
            }
        }
        parsed.add(record);
        return parsed;
    }

    /** The registry as read from its text, with the count of records read. */
    static final class Parsed {
        private final Set<String> languages = new HashSet<>();
        private final Map<String, String> extlangPrefixes = new HashMap<>();
        private final Set<String> scripts = new HashSet<>();
        private final Set<String> regions = new HashSet<>();
        private final Map<String, List<String>> variantPrefixes = new HashMap<>();
        private final Set<String> grandfathered = new HashSet<>();
        private int records;

        private Parsed() {}

        /** How many records (not counting the File-Date header) were read. */
        int records() {
            return records;
        }

        /** The registry read. */
        LanguageSubtagRegistry registry() {
            return new LanguageSubtagRegistry(
                    KeySet.of(languages),
                    Map.copyOf(extlangPrefixes),
                    KeySet.of(scripts),
                    KeySet.of(regions),
                    Map.copyOf(variantPrefixes),
                    KeySet.of(grandfathered));
        }

        private void add(Map<String, List<String>> record) {
            String type = single(record, "Type");
            if (type == null) {
                return; // the File-Date header
            }
            records++;
            String subtag = single(record, "Subtag");
            List<String> prefixes = new ArrayList<>();
            for (String prefix : record.getOrDefault("Prefix", List.of())) {
                prefixes.add(AsciiCase.toLower(prefix));
            }
            switch (type) {
                case "language":
                    languages.addAll(expand(subtag));
                    break;
                case "extlang":
                    if (prefixes.size() != 1) {
                        throw new IllegalStateException("extlang " + subtag + " must have one Prefix");
                    }
                    extlangPrefixes.put(AsciiCase.toLower(subtag), prefixes.get(0));
                    break;
                case "script":
                    scripts.addAll(expand(subtag));
                    break;
                case "region":
                    regions.addAll(expand(subtag));
                    break;
                case "variant":
                    variantPrefixes.put(AsciiCase.toLower(subtag), List.copyOf(prefixes));
                    break;
                case "grandfathered":
                    grandfathered.add(AsciiCase.toLower(single(record, "Tag")));
                    break;
                case "redundant":
                    break; // made of registered subtags, so valid without a list of its own
                default:
                    throw new IllegalStateException("unknown registry record type " + type);
            }
        }

        private static String single(Map<String, List<String>> record, String field) {
            List<String> values = record.get(field);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** The subtag itself, or every subtag of a range {@code aaa..abc}, lower-case. */
    static List<String> expand(String subtag) {
        String lower = AsciiCase.toLower(subtag);
        int dots = lower.indexOf("..");
        if (dots < 0) {
            return List.of(lower);
        }
        String first = lower.substring(0, dots);
        String last = lower.substring(dots + 2);
        if (first.length() != last.length() || first.compareTo(last) > 0 || !isLowerAlpha(first + last)) {
            throw new IllegalStateException("unsupported subtag range " + subtag);
        }
        List<String> all = new ArrayList<>();
        char[] current = first.toCharArray();
        while (true) {
            String value = new String(current);
            all.add(value);
            if (value.equals(last)) {
                return all;
            }
            int i = current.length - 1;
            while (current[i] == 'z') {
                current[i] = 'a';
                i--;
            }
            current[i]++;
        }
    }

    private static boolean isLowerAlpha(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 'a' || text.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    boolean isLanguage(String lowerCaseSubtag) {
        return languages.contains(lowerCaseSubtag);
    }

    /** The one language an extlang may follow, or null if the extlang is not registered. */
    String extlangPrefix(String lowerCaseSubtag) {
        return extlangPrefixes.get(lowerCaseSubtag);
    }

    boolean isScript(String lowerCaseSubtag) {
        return scripts.contains(lowerCaseSubtag);
    }

    boolean isRegion(String lowerCaseSubtag) {
        return regions.contains(lowerCaseSubtag);
    }

    /**
     * The tags a variant may follow (empty: any), or null if the variant is not registered.
     */
    List<String> variantPrefixes(String lowerCaseSubtag) {
        return variantPrefixes.get(lowerCaseSubtag);
    }

    boolean isGrandfathered(String lowerCaseTag) {
        return grandfathered.contains(lowerCaseTag);
    }

    int languageCount() {
        return languages.size();
    }

    int extlangCount() {
        return extlangPrefixes.size();
    }

    int scriptCount() {
        return scripts.size();
    }

    int regionCount() {
        return regions.size();
    }

    int variantCount() {
        return variantPrefixes.size();
    }

    int grandfatheredCount() {
        return grandfathered.size();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LanguageSubtagRegistry)) {
            return false;
        }
        LanguageSubtagRegistry that = (LanguageSubtagRegistry) other;
        return languages.equals(that.languages)
                && extlangPrefixes.equals(that.extlangPrefixes)
                && scripts.equals(that.scripts)
                && regions.equals(that.regions)
                && variantPrefixes.equals(that.variantPrefixes)
                && grandfathered.equals(that.grandfathered);
    }

    @Override
    public int hashCode() {
        return Objects.hash(languages, extlangPrefixes, scripts, regions, variantPrefixes, grandfathered);
    }
}
