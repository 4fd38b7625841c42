package eu.ospo.governance.internal.write;

import java.util.List;

/** The document to write, as an ordered tree: what the emitter turns into text. */
sealed interface Node {

    /**
     * A scalar.
     *
     * @param text the value
     * @param literal true for numbers and booleans, written as they are; false for text, which is
     *     written plain when that reads back as the same string, else double-quoted
     */
    record Scalar(String text, boolean literal) implements Node {}

    /**
     * A mapping in key order.
     *
     * @param entries the entries
     */
    record Mapping(List<Entry> entries) implements Node {
        public Mapping {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One key and its value.
     *
     * @param key the key
     * @param value the value
     */
    record Entry(String key, Node value) {}

    /**
     * A sequence of vocabulary terms, written on one line: {@code [member, steward]}.
     *
     * @param terms the terms (letters, digits and hyphens only)
     */
    record Terms(List<String> terms) implements Node {
        public Terms {
            terms = List.copyOf(terms);
        }
    }

    /**
     * A sequence.
     *
     * @param items the items
     */
    record Sequence(List<Node> items) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }
    }
}
