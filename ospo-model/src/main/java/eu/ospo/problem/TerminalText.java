package eu.ospo.problem;

/**
 * Makes text from a file safe to print on a terminal or in a CI log. Control characters and bidi
 * overrides in a value would otherwise be acted on by whatever shows the text: an escape sequence
 * recolours or clears the screen or opens a hyperlink (OSC 8), a carriage return overwrites the
 * line, a line feed starts a line that a CI system may read as a command (GitHub's {@code
 * ::error ...}), and an override reorders what is shown.
 *
 * <p>{@link #escape} replaces each such character with a visible escape and leaves everything else
 * as it is: line feed {@code \n}, carriage return {@code \r}, tab {@code \t}, escape {@code \e},
 * other C0 controls and DEL as {@code \x00}..{@code \x1f}, {@code \x7f}, C1 controls as {@code
 * \x80}..{@code \x9f}, and the bidi embeddings, overrides and isolates (U+202A..U+202E,
 * U+2066..U+2069) and the line and paragraph separators (U+2028, U+2029) as a backslash, a {@code
 * u} and the four hexadecimal digits of the code point. A backslash is not escaped, so Windows paths stay readable; the escape forms are for people,
 * not for decoding.
 *
 * <p>Every text rendering of ospo ({@link Problem#format}, the text and GitHub reports, the command
 * line's text output) goes through this class.
 */
public final class TerminalText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TerminalText() {}

    /**
     * The text with every character that a terminal or a CI log would act on replaced by a visible
     * escape.
     *
     * @param text the text
     * @return the escaped text; the same string when nothing needs escaping
     */
    public static String escape(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escaped.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                appendEscape(c, escaped);
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Whether a text can be printed as it is.
     *
     * @param text the text
     * @return true when {@link #escape} would not change it
     */
    public static boolean isSafe(String text) {
        return firstUnsafe(text) < 0;
    }

    /**
     * Whether a character is one that {@link #escape} replaces. All of them are in the Basic
     * Multilingual Plane, so a {@code char} is enough.
     *
     * @param c the character
     * @return true for C0 and C1 controls, DEL, bidi embeddings, overrides and isolates, and the
     *     line and paragraph separators
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028'
                || c == '\u2029';
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void appendEscape(char c, StringBuilder out) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\u001b' -> out.append("\\e");
            default -> {
                if (c <= 0xff) {
                    out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                } else {
                    out.append("\\u");
                    for (int shift = 12; shift >= 0; shift -= 4) {
                        out.append(HEX[(c >> shift) & 0xf]);
                    }
                }
            }
        }
    }
}
