package eu.ospo.yaml.internal;

import java.util.List;
import java.util.Optional;

/**
 * A mapping with scalar keys, in document order. Duplicate keys were reported and dropped when the
 * document was loaded, so every key appears once.
 *
 * @param entries the entries in document order
 * @param line 1-based line
 * @param column 1-based column
 */
public record YamlMapping(List<Entry> entries, int line, int column) implements YamlNode {

    /**
     * One key and its value.
     *
     * @param key the key scalar (its position is the key token's)
     * @param value the value node
     */
    public record Entry(YamlScalar key, YamlNode value) {

        /**
         * The key's text.
         *
         * @return the key
         */
        public String name() {
            return key.value();
        }
    }

    /** Copies the entries. */
    public YamlMapping {
        entries = List.copyOf(entries);
    }

    /**
     * The entry with this key.
     *
     * @param name the key
     * @return the entry, or empty
     */
    public Optional<Entry> entry(String name) {
        for (Entry entry : entries) {
            if (entry.name().equals(name)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    @Override
    public String kindName() {
        return "mapping";
    }
}
