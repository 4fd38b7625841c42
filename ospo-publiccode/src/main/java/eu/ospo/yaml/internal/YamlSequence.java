package eu.ospo.yaml.internal;

import java.util.List;

/**
 * A sequence.
 *
 * @param items the items in document order
 * @param line 1-based line
 * @param column 1-based column
 */
public record YamlSequence(List<YamlNode> items, int line, int column) implements YamlNode {

    /** Copies the items. */
    public YamlSequence {
        items = List.copyOf(items);
    }

    @Override
    public String kindName() {
        return "sequence";
    }
}
