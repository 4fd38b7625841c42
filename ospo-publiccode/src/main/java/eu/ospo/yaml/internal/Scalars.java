package eu.ospo.yaml.internal;

import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Chooses how a string is written so that YAML 1.2 (core schema) and YAML 1.1 readers both read
 * back exactly the same string.
 *
 * <ul>
 *   <li>plain, when the text is on one line, starts with a letter, digit or one of {@code / ( _ . +
 *       $}, contains no YAML indicator sequence, and neither a YAML 1.2 core-schema reader nor a YAML
 *       1.1 reader would resolve it to anything but a string (so {@code true}, {@code null}, {@code
 *       ~}, {@code 0.10}, {@code 1e3}, {@code 0x1F}, {@code yes}, {@code 2024-01-01} are quoted);
 *   <li>literal block ({@code |}, {@code |-}, {@code |+}), for multi-line text whose lines have no
 *       trailing white space, whose first non-empty line does not start with a space, and which
 *       holds only characters a block scalar can carry;
 *   <li>double-quoted with escapes otherwise: that style can carry any string.
 * </ul>
 */
public final class Scalars {

    private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();

    /** YAML 1.1 implicit types (bool, int, float, null, timestamp, merge, value). */
    private static final Pattern YAML11_NOT_STRING = Pattern.compile(String.join(
            "|",
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
            "[-+]?0b[0-1_]+",
            "[-+]?0[0-7_]+",
            "[-+]?(?:0|[1-9][0-9_]*)",
            "[-+]?0x[0-9a-fA-F_]+",
            "[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+",
            "[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?",
            "[-+]?[0-9][0-9_]*(?:[eE][-+]?[0-9]+)",
            "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*",
            "[-+]?\\.(?:inf|Inf|INF)",
            "\\.(?:nan|NaN|NAN)",
            "~|null|Null|NULL",
            "<<",
            "=",
            "[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt \\t].*)?"));

    private Scalars() {}

    /** How one string is written. */
    public enum Style {
        PLAIN,
        LITERAL,
        DOUBLE_QUOTED
    }

    /**
     * The style for a value.
     *
     * @param text the string
     * @return its style
     */
    public static Style styleOf(String text) {
        if (canBePlain(text)) {
            return Style.PLAIN;
        }
        if (canBeLiteral(text)) {
            return Style.LITERAL;
        }
        return Style.DOUBLE_QUOTED;
    }

    /**
     * Whether the text can be written without quotes and read back as this very string.
     *
     * @param text the string
     * @return true if plain style is safe
     */
    public static boolean canBePlain(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int first = text.codePointAt(0);
        if (!(Character.isLetterOrDigit(first) || "/(_.+$".indexOf(first) >= 0)) {
            return false;
        }
        int last = text.codePointBefore(text.length());
        if (last == ':' || isAnySpace(last)) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isBlockSafe(c) || c == '\t' || ",[]{}".indexOf(c) >= 0) {
                return false;
            }
            if (c == ':' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return false;
            }
            if (c == '#' && i > 0 && text.charAt(i - 1) == ' ') {
                return false;
            }
            i += Character.charCount(c);
        }
        if (!Tag.STR.equals(CORE.resolve(text, Boolean.TRUE))) {
            return false;
        }
        return !YAML11_NOT_STRING.matcher(text).matches();
    }

    /**
     * Whether the text can be written as a literal block and read back exactly.
     *
     * @param text the string
     * @return true if literal style is safe
     */
    public static boolean canBeLiteral(String text) {
        if (text.indexOf('\n') < 0) {
            return false;
        }
        String[] lines = text.split("\n", -1);
        boolean seenContent = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (!seenContent && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                return false;
            }
            seenContent = true;
            char end = line.charAt(line.length() - 1);
            if (end == ' ' || end == '\t') {
                return false;
            }
            for (int i = 0; i < line.length(); ) {
                int c = line.codePointAt(i);
                if (!isBlockSafe(c)) {
                    return false;
                }
                i += Character.charCount(c);
            }
        }
        return seenContent;
    }

    /**
     * Characters that may appear unescaped inside a plain or block scalar: YAML printable ones, minus
     * the byte-order mark, carriage return and the characters YAML 1.1 treats as line breaks.
     */
    private static boolean isBlockSafe(int c) {
        if (c == '\t') {
            return true;
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
            return false;
        }
        if (c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        return !(c >= 0xD800 && c <= 0xDFFF);
    }

    private static boolean isAnySpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * The text as a double-quoted scalar, escaping everything that is not printable. Only the escapes
     * every YAML reader knows are used: backslash, quote, {@code n}, {@code t}, {@code xNN} and {@code
     * u} with four hex digits (SnakeYAML Engine, for one, rejects the YAML 1.1 escapes {@code L} and
     * {@code P}).
     *
     * @param text the string
     * @return the quoted form, quotes included
     */
    public static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
                        out.append(String.format("\\x%02X", c));
                    } else if (c == 0x2028
                            || c == 0x2029
                            || c == 0xFEFF
                            || c == 0xFFFE
                            || c == 0xFFFF
                            || (c >= 0xD800 && c <= 0xDFFF)) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
