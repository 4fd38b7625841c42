package eu.ospo.publiccode.internal.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tiny YAML tree the writer builds before emitting: strings, raw scalars, mappings, sequences. */
sealed interface YamlOut {

    /**
     * A string value; the emitter picks plain, literal block or double-quoted style.
     *
     * @param value the text
     */
    record Text(String value) implements YamlOut {}

    /**
     * A scalar written exactly as given, unquoted: booleans and dates, whose spelling the writer
     * controls.
     *
     * @param value the text
     */
    record Raw(String value) implements YamlOut {}

    /** A mapping that keeps insertion order. */
    final class MapOut implements YamlOut {
        private final Map<String, YamlOut> entries = new LinkedHashMap<>();

        Map<String, YamlOut> entries() {
            return entries;
        }

        MapOut put(String key, YamlOut value) {
            if (entries.putIfAbsent(key, value) != null) {
                throw new IllegalStateException("duplicate key " + key);
            }
            return this;
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    /** A sequence. */
    final class SeqOut implements YamlOut {
        private final List<YamlOut> items = new ArrayList<>();

        List<YamlOut> items() {
            return items;
        }

        SeqOut add(YamlOut item) {
            items.add(item);
            return this;
        }
    }
}
