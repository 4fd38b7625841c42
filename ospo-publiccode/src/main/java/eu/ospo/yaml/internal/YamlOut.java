package eu.ospo.yaml.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tiny YAML tree the writer builds before emitting: strings, raw scalars, mappings, sequences. */
public sealed interface YamlOut {

    /**
     * A string value; the emitter picks plain, literal block or double-quoted style.
     *
     * @param value the text
     */
    public record Text(String value) implements YamlOut {}

    /**
     * A scalar written exactly as given, unquoted: booleans and dates, whose spelling the writer
     * controls.
     *
     * @param value the text
     */
    public record Raw(String value) implements YamlOut {}

    /**
     * A list of short plain words written on one line, {@code [a, b, c]} (vocabulary values); a word
     * that cannot be plain is double-quoted.
     *
     * @param words the words
     */
    public record Flow(List<String> words) implements YamlOut {
        /** Copies the words. */
        public Flow {
            words = List.copyOf(words);
        }
    }

    /** A mapping that keeps insertion order. */
    public final class MapOut implements YamlOut {
        private final Map<String, YamlOut> entries = new LinkedHashMap<>();

        public Map<String, YamlOut> entries() {
            return entries;
        }

        public MapOut put(String key, YamlOut value) {
            if (entries.putIfAbsent(key, value) != null) {
                throw new IllegalStateException("duplicate key " + key);
            }
            return this;
        }

        public boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    /** A sequence. */
    public final class SeqOut implements YamlOut {
        private final List<YamlOut> items = new ArrayList<>();

        public List<YamlOut> items() {
            return items;
        }

        public SeqOut add(YamlOut item) {
            items.add(item);
            return this;
        }
    }
}
