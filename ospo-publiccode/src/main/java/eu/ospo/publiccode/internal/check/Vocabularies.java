package eu.ospo.publiccode.internal.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The controlled vocabularies of publiccode.yml, in their documented order. */
public final class Vocabularies {
    private static final String RESOURCE = "publiccode-vocabularies.yml";

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

    private static final class Holder {
        private static final Map<?, ?> DOCUMENT = load();
        static final List<String> CATEGORIES = stringList("categories");
        static final List<String> SCOPES = stringList("intendedAudience.scope");
        static final List<String> ALIASES = stringList("supports.aliases");

        private static Map<?, ?> load() {
            try (InputStream in = BundledResource.open(RESOURCE)) {
                Object document = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
                if (!(document instanceof Map)) {
                    throw new IllegalStateException(RESOURCE + ": expected a mapping at the top");
                }
                return (Map<?, ?>) document;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
            }
        }

        private static List<String> stringList(String key) {
            Object value = DOCUMENT.get(key);
            if (!(value instanceof List)) {
                throw new IllegalStateException(RESOURCE + ": expected a list under " + key);
            }
            List<String> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                if (!(item instanceof String)) {
                    throw new IllegalStateException(RESOURCE + ": expected strings under " + key);
                }
                items.add((String) item);
            }
            return List.copyOf(items);
        }
    }
}
