package eu.ospo.governance.internal.write;

import eu.ospo.governance.internal.write.Node.Entry;
import eu.ospo.governance.internal.write.Node.Mapping;
import eu.ospo.governance.internal.write.Node.Scalar;
import eu.ospo.governance.internal.write.Node.Sequence;
import eu.ospo.governance.internal.write.Node.Terms;

/**
 * Renders a {@link Node} tree as block-style YAML: two spaces per level, sequences indented under
 * their key, the first key of a mapping item on the dash's line, vocabulary lists on one line
 * ({@code [member, steward]}), {@code {}} and {@code []} for empty collections, LF line endings.
 */
final class YamlText {

    private static final int INDENT = 2;

    private final StringBuilder out = new StringBuilder(4096);

    private YamlText() {}

    /**
     * The text of a document whose root is a mapping.
     *
     * @param root the root mapping
     * @return the YAML text, ending with a line break
     */
    static String render(Mapping root) {
        YamlText text = new YamlText();
        text.mapping(root, 0, false);
        return text.out.toString();
    }

    /**
     * Writes a mapping's entries at an indent; when {@code inline}, the first entry continues the
     * current line (after a dash).
     */
    private void mapping(Mapping mapping, int indent, boolean inline) {
        boolean first = true;
        for (Entry entry : mapping.entries()) {
            if (!(first && inline)) {
                spaces(indent);
            }
            first = false;
            out.append(ScalarStyle.of(entry.key())).append(':');
            value(entry.value(), indent);
        }
    }

    /** Writes a value after {@code key:}. */
    private void value(Node value, int indent) {
        if (value instanceof Scalar scalar) {
            out.append(' ').append(scalar(scalar)).append('\n');
        } else if (value instanceof Mapping mapping) {
            if (mapping.entries().isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                mapping(mapping, indent + INDENT, false);
            }
        } else if (value instanceof Terms terms) {
            out.append(" [").append(String.join(", ", terms.terms())).append("]\n");
        } else if (value instanceof Sequence sequence) {
            if (sequence.items().isEmpty()) {
                out.append(" []\n");
            } else {
                out.append('\n');
                sequence(sequence, indent + INDENT);
            }
        }
    }

    private void sequence(Sequence sequence, int indent) {
        for (Node item : sequence.items()) {
            spaces(indent);
            out.append('-');
            if (item instanceof Scalar scalar) {
                out.append(' ').append(scalar(scalar)).append('\n');
            } else if (item instanceof Mapping mapping) {
                if (mapping.entries().isEmpty()) {
                    out.append(" {}\n");
                } else {
                    out.append(' ');
                    mapping(mapping, indent + INDENT, true);
                }
            } else if (item instanceof Terms terms) {
                out.append(" [").append(String.join(", ", terms.terms())).append("]\n");
            } else if (item instanceof Sequence nested) {
                if (nested.items().isEmpty()) {
                    out.append(" []\n");
                } else {
                    out.append('\n');
                    sequence(nested, indent + INDENT);
                }
            }
        }
    }

    private static String scalar(Scalar scalar) {
        return scalar.literal() ? scalar.text() : ScalarStyle.of(scalar.text());
    }

    private void spaces(int count) {
        out.append(" ".repeat(count));
    }
}
