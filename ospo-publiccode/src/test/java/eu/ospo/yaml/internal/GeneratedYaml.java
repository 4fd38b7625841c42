package eu.ospo.yaml.internal;

import java.util.Random;

/**
 * Random block-style YAML documents: mappings, indented and indentless sequences, plain, quoted and
 * block scalars, empty values, empty flow collections, comments and blank lines, with the edges of
 * each (space-only lines in block scalars, deeper lines, every chomping, keys that look like numbers)
 * and, now and then, what the subset parser must decline (anchors, tags, escapes, repeated keys).
 */
final class GeneratedYaml {

    private static final String[] KEYS = {"a", "b", "name", "en", "x1", "k-2", "v.1", "0", "true", "null", "1.5", "p/q"
    };
    private static final String[] PLAIN = {
        "v",
        "hello world",
        "1",
        "-1",
        "0.5",
        "1e3",
        "0x1F",
        "true",
        "False",
        "null",
        "~",
        "x # note",
        "a:b",
        "https://example.org/x?y=1#z",
        "R&D",
        "C#",
        "a, b [c] {d}",
        "-x",
        "é à",
        "Grüße – ok",
        "a  b  ",
        ".inf",
        "*star",
        "&amp",
        "!bang",
        "%p",
        "foo: bar",
        "x:",
        "- y",
        "? q",
        "'q",
        "\"dq",
        "@at",
        "`tick`"
    };
    private static final String[] QUOTED = {
        "'one'",
        "'it''s'",
        "''",
        "'a # b'",
        "\"two\"",
        "\"\"",
        "\"a: b\"",
        "\"x\\ty\"",
        "'unclosed",
        "\"a\" b",
        "'x' # c",
        "'one\n   two'",
        "\"a \\\n  b\"",
        "'x  \n\n  y'",
        "\"t\\u00e9\\x41\\q\"",
        "\"l\n\n\""
    };
    private static final String[] FLOWS = {
        "[]",
        "{}",
        "[ ]",
        "[a, b]",
        "[a b, 'c', \"d\"]",
        "{k: v}",
        "{ k: v, n: ~ }",
        "[x, [y, {z: 1}]]",
        "[1,]",
        "[a: b]",
        "{k}",
        "[a #c]",
        "[\n]",
        "{k: }",
        "['q' , \"r\" ]",
        "[-1, -x, - y]",
        "[a:b, c:]",
        "{k: 1, k: [2]}",
        "'a  b'",
        "\"a \t\n  b\""
    };
    private static final String[] LINES = {"text", "more text", "  deeper", "# not a comment", "x: y", "- z", "é"};

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private int budget = 40;

    GeneratedYaml(Random random) {
        this.random = random;
    }

    String document() {
        if (random.nextInt(10) == 0) {
            out.append("---\n");
        }
        comment(0);
        mapping(random.nextInt(8) == 0 ? 2 : 0, 0);
        comment(0);
        return out.toString();
    }

    private void comment(int indent) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            out.append(" ".repeat(random.nextInt(indent + 3))).append("# comment\n");
        } else if (kind == 1) {
            out.append(" ".repeat(random.nextInt(3))).append('\n');
        }
    }

    private void mapping(int indent, int depth) {
        int entries = 1 + random.nextInt(4);
        for (int i = 0; i < entries; i++) {
            if (i > 0) {
                out.append(" ".repeat(indent));
            }
            out.append(KEYS[random.nextInt(KEYS.length)]).append(':');
            value(indent, depth, true);
            comment(indent);
        }
    }

    private void sequence(int indent, int depth) {
        int items = 1 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            out.append(" ".repeat(indent)).append('-');
            if (random.nextInt(3) == 0 && depth < 6 && budget-- > 0) {
                int gap = 1 + random.nextInt(2);
                out.append(" ".repeat(gap));
                mapping(indent + 1 + gap, depth + 1);
            } else {
                value(indent, depth, false);
            }
            comment(indent);
        }
    }

    private void value(int parent, int depth, boolean inMapping) {
        int kind = random.nextInt(depth < 6 && budget-- > 0 ? 9 : 6);
        switch (kind) {
            case 0 ->
                out.append(' ').append(PLAIN[random.nextInt(PLAIN.length)]).append(trailing());
            case 1 ->
                out.append(' ').append(QUOTED[random.nextInt(QUOTED.length)]).append(trailing());
            case 2 -> blockScalar(parent);
            case 3 -> out.append(random.nextBoolean() ? "" : " # empty").append('\n');
            case 4 ->
                out.append(' ').append(FLOWS[random.nextInt(FLOWS.length)]).append(trailing());
            case 5 ->
                out.append(random.nextInt(4) == 0 ? " &x v" : random.nextInt(3) == 0 ? " !!str 1" : " plain")
                        .append(trailing());
            case 6 -> {
                out.append('\n');
                mapping(parent + 1 + random.nextInt(3), depth + 1);
                return;
            }
            default -> {
                out.append(random.nextInt(4) == 0 ? " # c\n" : "\n");
                sequence(inMapping && random.nextBoolean() ? parent : parent + 1 + random.nextInt(2), depth + 1);
                return;
            }
        }
    }

    private String trailing() {
        return switch (random.nextInt(6)) {
            case 0 -> "  \n";
            case 1 -> " # trailing comment\n";
            default -> "\n";
        };
    }

    private void blockScalar(int parent) {
        out.append(' ').append(random.nextBoolean() ? '|' : '>');
        out.append(new String[] {"", "", "-", "+"}[random.nextInt(4)]);
        if (random.nextInt(5) == 0) {
            out.append(" # header comment");
        }
        out.append('\n');
        int indent = parent + 1 + random.nextInt(3);
        int lines = random.nextInt(6);
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(6)) {
                case 0 -> out.append('\n');
                case 1 -> out.append(" ".repeat(random.nextInt(indent + 3))).append('\n');
                default ->
                    out.append(" ".repeat(indent))
                            .append(LINES[random.nextInt(LINES.length)])
                            .append('\n');
            }
        }
    }
}
