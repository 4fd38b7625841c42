package eu.ospo.publiccode.internal.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The controlled vocabularies of publiccode.yml, in their documented order.
 *
 * <p>Loaded from the precomputed tables {@value #TABLES}, generated at build time from the bundled
 * {@value #SOURCE} by {@link CompactRegistries} (so no YAML is read for them at run time).
 */
public final class Vocabularies {
    static final String SOURCE = "publiccode-vocabularies.yml";
    static final String TABLES = "publiccode-vocabularies.tables";

    /** The vocabularies this class serves, by their key in {@link #SOURCE}. */
    static final List<String> KEYS = List.of("categories", "intendedAudience.scope", "supports.aliases");

    private Vocabularies() {}

    /**
     * The 106 categories.
     *
     * @return the categories
     */
    public static List<String> categories() {
        return Holder.CATEGORIES;
    }

    /**
     * The 24 {@code intendedAudience.scope} values.
     *
     * @return the scopes
     */
    public static List<String> scopes() {
        return Holder.SCOPES;
    }

    /**
     * The 9 {@code supports} aliases ({@code gdpr}, {@code eidas}, ...).
     *
     * @return the aliases
     */
    public static List<String> aliases() {
        return Holder.ALIASES;
    }

    /** Reads every vocabulary of {@link #KEYS} from the bundled YAML (build time and tests). */
    static Map<String, List<String>> fromSource() {
        Map<?, ?> document = loadSource();
        Map<String, List<String>> vocabularies = new LinkedHashMap<>();
        for (String key : KEYS) {
            vocabularies.put(key, stringList(document, key));
        }
        return vocabularies;
    }

    static void writeTo(CompactTables.Writer writer, Map<String, List<String>> vocabularies) {
        for (Map.Entry<String, List<String>> vocabulary : vocabularies.entrySet()) {
            writer.list(vocabulary.getKey(), vocabulary.getValue());
        }
    }

    private static Map<?, ?> loadSource() {
        try (InputStream in = BundledResource.open(SOURCE)) {
            Object document = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            if (!(document instanceof Map)) {
                throw new IllegalStateException(SOURCE + ": expected a mapping at the top");
            }
            return (Map<?, ?>) document;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + SOURCE, e);
        }
    }

    private static List<String> stringList(Map<?, ?> document, String key) {
        Object value = document.get(key);
        if (!(value instanceof List)) {
            throw new IllegalStateException(SOURCE + ": expected a list under " + key);
        }
        List<String> items = new ArrayList<>();
        for (Object item : (List<?>) value) {
            if (!(item instanceof String)) {
                throw new IllegalStateException(SOURCE + ": expected strings under " + key);
            }
            items.add((String) item);
        }
        return List.copyOf(items);
    }

    private static final class Holder {
        private static final CompactTables TABLES_READ = CompactTables.load(TABLES);
        static final List<String> CATEGORIES = TABLES_READ.list("categories");
        static final List<String> SCOPES = TABLES_READ.list("intendedAudience.scope");
        static final List<String> ALIASES = TABLES_READ.list("supports.aliases");
    }
}
