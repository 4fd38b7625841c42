package eu.ospo.publiccode.internal.net;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that a text is one JSON object (RFC 8259) and returns its top-level members whose values
 * are strings; nested values are validated and skipped. Enough to read an oEmbed answer ({@code
 * type}, {@code version}) without a JSON library. Nesting deeper than 64 levels is refused. Not
 * thread-safe; one instance per text.
 */
final class JsonObjectReader {

    private static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;

    private JsonObjectReader(String text) {
        this.text = text;
    }

    /** The top-level string members, or empty when the text is not a JSON object. */
    static Optional<Map<String, String>> strings(String text) {
        JsonObjectReader reader = new JsonObjectReader(text);
        try {
            reader.whitespace();
            Map<String, String> members = new HashMap<>();
            reader.object(members, 1);
            reader.whitespace();
            return reader.pos == text.length() ? Optional.of(members) : Optional.empty();
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private void object(Map<String, String> members, int depth) {
        expect('{');
        whitespace();
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            whitespace();
            String name = string();
            whitespace();
            expect(':');
            whitespace();
            if (peek() == '"') {
                String value = string();
                if (members != null) {
                    members.putIfAbsent(name, value);
                }
            } else {
                value(depth);
            }
            whitespace();
            char c = text.charAt(pos++);
            if (c == '}') {
                return;
            }
            if (c != ',') {
                throw new IllegalArgumentException("expected , or }");
            }
        }
    }

    private void value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("too deep");
        }
        char c = peek();
        if (c == '{') {
            object(null, depth + 1);
        } else if (c == '[') {
            pos++;
            whitespace();
            if (peek() == ']') {
                pos++;
                return;
            }
            while (true) {
                whitespace();
                value(depth + 1);
                whitespace();
                char next = text.charAt(pos++);
                if (next == ']') {
                    return;
                }
                if (next != ',') {
                    throw new IllegalArgumentException("expected , or ]");
                }
            }
        } else if (c == '"') {
            string();
        } else if (text.startsWith("true", pos) || text.startsWith("null", pos)) {
            pos += 4;
        } else if (text.startsWith("false", pos)) {
            pos += 5;
        } else {
            number();
        }
    }

    private void number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        digits();
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            digits();
        }
        if (pos == start) {
            throw new IllegalArgumentException("not a value");
        }
    }

    private void digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == start) {
            throw new IllegalArgumentException("digit expected");
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new IllegalArgumentException("control character in string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(pos++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw new IllegalArgumentException("bad escape");
            }
        }
    }

    private void whitespace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private char peek() {
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (text.charAt(pos++) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
    }
}
