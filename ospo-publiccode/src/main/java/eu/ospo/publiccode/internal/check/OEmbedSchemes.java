package eu.ospo.publiccode.internal.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The oEmbed provider URL schemes, offline (publiccode-spec.md 3.5, videos). Thread-safe.
 *
 * <p>The 680 schemes are grouped by their literal prefix (the text before the first {@code *}) in
 * a sorted map. A URL is only tried against the groups whose prefix it starts with; those groups
 * are found with a few floor lookups instead of a scan of all schemes.
 *
 * <p>Loaded from the precomputed tables {@value #TABLES}, generated at build time from the bundled
 * {@value #SOURCE} by {@link CompactRegistries}.
 */
public final class OEmbedSchemes {
    static final String SOURCE = "oembed-schemes.json";
    static final String TABLES = "oembed-schemes.tables";

    private final NavigableMap<String, List<UrlGlob>> byLiteralPrefix;
    private final List<String> schemes;

    private OEmbedSchemes(List<String> schemes) {
        TreeMap<String, List<UrlGlob>> map = new TreeMap<>();
        for (String scheme : schemes) {
            UrlGlob glob = new UrlGlob(scheme);
            List<UrlGlob> group = map.get(glob.literalPrefix());
            if (group == null) {
                group = new ArrayList<>();
                map.put(glob.literalPrefix(), group);
            }
            group.add(glob);
        }
        for (Map.Entry<String, List<UrlGlob>> group : map.entrySet()) {
            group.setValue(List.copyOf(group.getValue()));
        }
        this.byLiteralPrefix = map;
        this.schemes = List.copyOf(schemes);
    }

    /**
     * The shared instance, loaded from resources on first use.
     *
     * @return the instance
     */
    public static OEmbedSchemes instance() {
        return Holder.INSTANCE;
    }

    /**
     * Whether the URL matches a scheme: anchored, case-sensitive, literal except {@code *}, which
     * matches any run of characters (including {@code /}).
     *
     * @param url the URL
     * @return true if some provider's scheme matches
     */
    public boolean matches(String url) {
        return match(url).isPresent();
    }

    /**
     * The oEmbed endpoint of the provider whose scheme the URL matches ({@code
     * https://www.youtube.com/oembed} for a YouTube video), as listed (a few contain a {@code
     * {format}} placeholder).
     *
     * @param url the video URL
     * @return the endpoint, or empty when no scheme matches
     */
    public Optional<String> endpoint(String url) {
        return match(url).map(glob -> Endpoints.BY_SCHEME.get(glob.toString()));
    }

    private Optional<UrlGlob> match(String url) {
        /*
         * Visit every key that is a prefix of the URL, longest first. If the floor key of the probe
         * is a prefix of it, it is the longest such key, and every shorter one is a prefix of it
         * too. If it is not, every key that is a prefix of the probe is a prefix of both, so the
         * probe can shrink to their common prefix. The probe shrinks at every step.
         */
        String probe = url;
        while (true) {
            Map.Entry<String, List<UrlGlob>> floor = byLiteralPrefix.floorEntry(probe);
            if (floor == null) {
                return Optional.empty();
            }
            String key = floor.getKey();
            if (probe.startsWith(key)) {
                for (UrlGlob glob : floor.getValue()) {
                    if (glob.matches(url)) {
                        return Optional.of(glob);
                    }
                }
                if (key.isEmpty()) {
                    return Optional.empty();
                }
                probe = key.substring(0, key.length() - 1);
            } else {
                probe = probe.substring(0, commonPrefixLength(probe, key));
            }
        }
    }

    /** How many schemes the list holds (duplicates included). */
    int size() {
        return schemes.size();
    }

    /** The schemes in their bundled order (for tests). */
    List<String> schemes() {
        return schemes;
    }

    /** Reads the bundled JSON (build time and tests). */
    static OEmbedSchemes fromSource() {
        return new OEmbedSchemes(JsonStringArray.parse(BundledResource.text(SOURCE)));
    }

    static OEmbedSchemes fromTables(CompactTables tables) {
        return new OEmbedSchemes(tables.list("schemes"));
    }

    void writeTo(CompactTables.Writer writer) {
        writer.list("schemes", schemes);
    }

    private static int commonPrefixLength(String a, String b) {
        int limit = Math.min(a.length(), b.length());
        int i = 0;
        while (i < limit && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Scheme to endpoint, from {@code oembed-endpoints.tsv} (first row wins for a repeated scheme). */
    private static final class Endpoints {
        static final Map<String, String> BY_SCHEME = load();

        private static Map<String, String> load() {
            Map<String, String> map = new HashMap<>();
            List<String> lines = BundledResource.lines("oembed-endpoints.tsv");
            for (String line : lines.subList(1, lines.size())) {
                int tab = line.indexOf('\t');
                map.putIfAbsent(line.substring(0, tab), line.substring(tab + 1));
            }
            return map;
        }
    }

    private static final class Holder {
        static final OEmbedSchemes INSTANCE = fromTables(CompactTables.load(TABLES));
    }
}
