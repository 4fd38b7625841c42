package eu.ospo.publiccode.internal.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON document that is one flat array of strings ({@code ["a", "b"]}), the shape of the
 * bundled oEmbed scheme list. Anything else (numbers, nesting, trailing text) is rejected, since
 * it would mean the bundled file is not what PROVENANCE.md describes.
 */
final class JsonStringArray {
    private final String text;
    private int pos;

    private JsonStringArray(String text) {
        this.text = text;
    }

    /**
     * Parses the array.
     *
     * @throws IllegalArgumentException if the text is not a JSON array of strings
     */
    static List<String> parse(String text) {
        return new JsonStringArray(text).array();
    }

    private List<String> array() {
        List<String> items = new ArrayList<>();
        skipWhitespace();
        expect('[');
        skipWhitespace();
        if (peek() == ']') {
            pos++;
        } else {
            while (true) {
                skipWhitespace();
                items.add(string());
                skipWhitespace();
                char c = next();
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    throw error("expected ',' or ']'");
                }
            }
        }
        skipWhitespace();
        if (pos != text.length()) {
            throw error("unexpected text after the array");
        }
        return items;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character in string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case '"':
                case '\\':
                case '/':
                    out.append(escaped);
                    break;
                case 'b':
                    out.append('\b');
                    break;
                case 'f':
                    out.append('\f');
                    break;
                case 'n':
                    out.append('\n');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'u':
                    out.append(hexCodeUnit());
                    break;
                default:
                    throw error("bad escape \\" + escaped);
            }
        }
    }

    private char hexCodeUnit() {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(next(), 16);
            if (digit < 0) {
                throw error("bad \\u escape");
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private void expect(char wanted) {
        if (next() != wanted) {
            throw error("expected '" + wanted + "'");
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(pos);
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("JSON string array, offset " + pos + ": " + message);
    }
}
