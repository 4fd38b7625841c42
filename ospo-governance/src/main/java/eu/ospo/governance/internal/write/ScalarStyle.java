package eu.ospo.governance.internal.write;

import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes a string so that the loader reads back exactly that string: plain when that is safe (the
 * YAML 1.2 core schema resolves it to a string, a YAML 1.1 reader would too, and no character has a
 * meaning in block context), else double-quoted with escapes.
 */
final class ScalarStyle {

    private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();

    /**
     * Plain scalars a YAML 1.1 reader (many editors and scripts) would take for a boolean, a number
     * (with underscores, sexagesimal, binary, octal) or a merge key: quoted too, so the file means
     * the same to them.
     */
    private static final Pattern YAML_1_1_NON_STRING = Pattern.compile("(?i)y|n|yes|no|on|off|true|false|null|=|<<"
            + "|[-+]?(0b[01_]+|0x[0-9a-f_]+|[0-9][0-9_]*(:[0-5]?[0-9])*(\\.[0-9_.]*)?([e][-+]?[0-9]+)?|\\.[0-9_]+)");

    private ScalarStyle() {}

    /**
     * The string as a YAML scalar.
     *
     * @param text the string
     * @return plain or double-quoted text
     */
    static String of(String text) {
        return isPlainSafe(text) ? text : quoted(text);
    }

    static boolean isPlainSafe(String text) {
        if (text.isEmpty() || text.startsWith("---") || text.startsWith("...")) {
            return false;
        }
        char first = text.charAt(0);
        if (!(Character.isLetterOrDigit(first) || first == '.' || first == '/' || first == '_' || first == '(')) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == ' ' || last == ':') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isPlainChar(c)) {
                return false;
            }
            if (c == ':' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return false;
            }
            if (c == '#' && i > 0 && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return CORE.resolve(text, Boolean.TRUE).equals(Tag.STR)
                && !YAML_1_1_NON_STRING.matcher(text).matches();
    }

    /** Printable, not white space other than the space, not a surrogate or a byte-order mark. */
    private static boolean isPlainChar(char c) {
        if (c < 0x80) {
            return c >= 0x20 && c < 0x7F;
        }
        if (Character.isSurrogate(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type != Character.CONTROL
                && type != Character.FORMAT
                && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE;
    }

    /** Double-quoted, escaping what is not printable or would end the scalar. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (needsEscape(text, i)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return true;
        }
        if (c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
