package eu.ospo.yaml.internal;

/**
 * The type the YAML 1.2 core schema gives a plain (unquoted, untagged) scalar, decided by reading its
 * characters once. It gives the same answer as SnakeYAML Engine's core-schema resolver
 * ({@code CoreSchemaTypesTest} compares them on generated and real scalars) without running up to
 * four regular expressions, and allocating their matchers, for every scalar of every file: most
 * scalars are text, and their first character already tells.
 *
 * <ul>
 *   <li>null: {@code ~}, {@code null}, {@code Null}, {@code NULL}, or nothing at all;
 *   <li>bool: {@code true}, {@code True}, {@code TRUE}, {@code false}, {@code False}, {@code FALSE};
 *   <li>int: {@code [-+]?[0-9]+}, {@code 0o[0-7]+}, {@code 0x[0-9a-fA-F]+};
 *   <li>float: {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}, {@code [-+]?\.(inf|Inf|INF)},
 *       {@code \.(nan|NaN|NAN)};
 *   <li>string: everything else.
 * </ul>
 */
final class CoreSchemaTypes {

    private CoreSchemaTypes() {}

    /**
     * The core-schema type of a plain scalar.
     *
     * @param plain the scalar's text
     * @return its type
     */
    static YamlScalar.Type of(String plain) {
        int length = plain.length();
        if (length == 0) {
            return YamlScalar.Type.NULL;
        }
        char first = plain.charAt(0);
        if (length <= 5 && (first > '9' || first == ' ')) {
            return word(plain);
        }
        if (first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9')) {
            return number(plain);
        }
        return YamlScalar.Type.STRING;
    }

    /** The short words: null and bool spellings. */
    private static YamlScalar.Type word(String text) {
        return switch (text) {
            case "~", "null", "Null", "NULL", " " -> YamlScalar.Type.NULL;
            case "true", "True", "TRUE", "false", "False", "FALSE" -> YamlScalar.Type.BOOL;
            default -> YamlScalar.Type.STRING;
        };
    }

    /** Text that starts with a sign, a dot or a digit. */
    private static YamlScalar.Type number(String text) {
        if (isDecimalInteger(text) || isPrefixed(text, 'o', 8) || isPrefixed(text, 'x', 16)) {
            return YamlScalar.Type.INT;
        }
        if (isDecimalFloat(text) || isSpecialFloat(text)) {
            return YamlScalar.Type.FLOAT;
        }
        return YamlScalar.Type.STRING;
    }

    /** {@code [-+]?[0-9]+}. */
    private static boolean isDecimalInteger(String text) {
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        return digits(text, start, 10) == text.length() && text.length() > start;
    }

    /** {@code 0o[0-7]+} or {@code 0x[0-9a-fA-F]+} (no sign). */
    private static boolean isPrefixed(String text, char marker, int radix) {
        return text.length() > 2
                && text.charAt(0) == '0'
                && text.charAt(1) == marker
                && digits(text, 2, radix) == text.length();
    }

    /** {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}. */
    private static boolean isDecimalFloat(String text) {
        int length = text.length();
        int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        int integerEnd = digits(text, i, 10);
        if (integerEnd > i) {
            i = integerEnd;
            if (i < length && text.charAt(i) == '.') {
                i = digits(text, i + 1, 10);
            }
        } else {
            if (i >= length || text.charAt(i) != '.') {
                return false;
            }
            int fractionEnd = digits(text, i + 1, 10);
            if (fractionEnd == i + 1) {
                return false;
            }
            i = fractionEnd;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponentEnd = digits(text, i, 10);
            if (exponentEnd == i) {
                return false;
            }
            i = exponentEnd;
        }
        return i == length;
    }

    /** {@code [-+]?\.(inf|Inf|INF)} or {@code \.(nan|NaN|NAN)}. */
    private static boolean isSpecialFloat(String text) {
        String unsigned = text.charAt(0) == '-' || text.charAt(0) == '+' ? text.substring(1) : text;
        return switch (unsigned) {
            case ".inf", ".Inf", ".INF" -> true;
            case ".nan", ".NaN", ".NAN" -> unsigned.length() == text.length();
            default -> false;
        };
    }

    /** The index of the first character at or after {@code from} that is not an ASCII digit of the radix. */
    private static int digits(String text, int from, int radix) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i), radix)) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c, int radix) {
        return switch (radix) {
            case 8 -> c >= '0' && c <= '7';
            case 16 -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            default -> c >= '0' && c <= '9';
        };
    }
}
