package eu.ospo.yaml.internal;

import java.util.Map;

/**
 * Emits a {@link YamlOut} tree as block-style YAML: two-space indentation, sequences indented under
 * their key, a mapping inside a sequence starting on the dash's line, empty collections as {@code {}}
 * and {@code []}, LF line endings, a final line break. Scalar styles come from {@link Scalars}.
 */
public final class YamlEmitter {

    private static final int STEP = 2;

    private final StringBuilder out = new StringBuilder(4096);
    private final boolean literalBlocks;

    private YamlEmitter(boolean literalBlocks) {
        this.literalBlocks = literalBlocks;
    }

    /**
     * Emits a document whose root is a mapping.
     *
     * @param root the root
     * @return the YAML text
     */
    public static String emit(YamlOut.MapOut root) {
        return emit(root, true);
    }

    /**
     * Writes a document, choosing whether multi-line text may be written as literal blocks.
     *
     * @param root the top-level mapping
     * @param literalBlocks true to write multi-line text as literal blocks where that is exact;
     *     false to double-quote it
     * @return the YAML text
     */
    public static String emit(YamlOut.MapOut root, boolean literalBlocks) {
        YamlEmitter emitter = new YamlEmitter(literalBlocks);
        if (root.isEmpty()) {
            return "{}\n";
        }
        emitter.mapping(root, 0, false);
        return emitter.out.toString();
    }

    /**
     * Writes a non-empty mapping's entries at this indentation. When {@code afterDash} is set, the
     * first entry continues the line a sequence dash started.
     */
    private void mapping(YamlOut.MapOut map, int indent, boolean afterDash) {
        boolean first = true;
        for (Map.Entry<String, YamlOut> entry : map.entries().entrySet()) {
            if (!(first && afterDash)) {
                spaces(indent);
            }
            first = false;
            out.append(key(entry.getKey())).append(':');
            value(entry.getValue(), indent);
        }
    }

    /** Writes a non-empty sequence's items at this indentation. */
    private void sequence(YamlOut.SeqOut seq, int indent) {
        for (YamlOut item : seq.items()) {
            spaces(indent);
            out.append('-');
            if (item instanceof YamlOut.MapOut map && !map.isEmpty()) {
                out.append(' ');
                mapping(map, indent + STEP, true);
            } else {
                value(item, indent);
            }
        }
    }

    /**
     * Writes what follows a key's colon or a dash: {@code indent} is the indentation of that key or
     * dash.
     */
    private void value(YamlOut value, int indent) {
        if (value instanceof YamlOut.Text text) {
            out.append(' ');
            scalar(text.value(), indent + STEP);
        } else if (value instanceof YamlOut.Raw raw) {
            out.append(' ').append(raw.value()).append('\n');
        } else if (value instanceof YamlOut.Flow flow) {
            out.append(" [");
            for (int i = 0; i < flow.words().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(key(flow.words().get(i)));
            }
            out.append("]\n");
        } else if (value instanceof YamlOut.MapOut map) {
            if (map.isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                mapping(map, indent + STEP, false);
            }
        } else if (value instanceof YamlOut.SeqOut seq) {
            if (seq.items().isEmpty()) {
                out.append(" []\n");
            } else {
                out.append('\n');
                sequence(seq, indent + STEP);
            }
        }
    }

    /** Writes a string value and its line break; block content goes at {@code contentIndent}. */
    private void scalar(String text, int contentIndent) {
        switch (Scalars.styleOf(text)) {
            case PLAIN -> out.append(text).append('\n');
            case DOUBLE_QUOTED -> out.append(Scalars.doubleQuoted(text)).append('\n');
            case LITERAL -> {
                if (literalBlocks) {
                    literal(text, contentIndent);
                } else {
                    out.append(Scalars.doubleQuoted(text)).append('\n');
                }
            }
        }
    }

    private void literal(String text, int contentIndent) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        int trailing = text.length() - end;
        out.append(trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+").append('\n');
        for (String line : text.substring(0, end).split("\n", -1)) {
            if (!line.isEmpty()) {
                spaces(contentIndent);
                out.append(line);
            }
            out.append('\n');
        }
        for (int i = 1; i < trailing; i++) {
            out.append('\n');
        }
    }

    private static String key(String key) {
        return Scalars.canBePlain(key) ? key : Scalars.doubleQuoted(key);
    }

    private void spaces(int count) {
        out.append(" ".repeat(count));
    }
}
