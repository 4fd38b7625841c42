package eu.ospo.publiccode.internal.check;

/**
 * E-mail check: a bare {@code local@domain} address whose domain has at least one dot.
 *
 * <p>The reference accepts a value only if Go's {@code net/mail.ParseAddress} accepts it
 * <em>and</em> go-playground's e-mail pattern matches the whole of it. This class accepts exactly
 * what both accept (written from the two definitions, not a copy of either):
 *
 * <ul>
 *   <li>Local part: either dot-separated atoms (no empty atom, so no leading, trailing or double
 *       dot) of letters, digits, {@code ! # $ % & ' * + - / = ? ^ _ ` { | } ~} and "wide"
 *       characters, or a non-empty quoted string of printable ASCII, spaces, tabs and wide
 *       characters, where {@code \} escapes one such character and {@code "} must be escaped.
 *   <li>Domain: labels separated by single dots, at least two labels, no trailing dot; characters
 *       letters, digits, {@code -}, {@code ~} and wide characters. The first character of the
 *       domain and of some label after the first are letters, digits or wide characters; the
 *       character before that label's dot too; and the last label ends with a letter or a wide
 *       character (so {@code x@1.2.3.4}, {@code x@-a.com} and {@code x@a.com1} fail). That is the
 *       pattern's {@code (label.)+tld} structure, where a pattern "label" may itself contain dots.
 *   <li>"Wide" means the BMP ranges U+00A0-D7FF, U+F900-FDCF and U+FDF0-FFEF; characters outside
 *       the BMP (emoji) are rejected.
 *   <li>No display name, angle brackets, comments, surrounding spaces or domain literals ({@code
 *       [192.0.2.1]}).
 * </ul>
 */
public final class EmailAddresses {
    private static final String ATOM_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

    private EmailAddresses() {}

    /**
     * Whether the whole value is one bare address (no display name, no angle brackets, no trailing
     * text), as the reference's combination of Go {@code net/mail} and the go-playground e-mail
     * pattern accepts.
     *
     * @param text the value
     * @return true if valid
     */
    public static boolean isValid(String text) {
        int at = text.startsWith("\"") ? quotedStringEnd(text) : dotAtomEnd(text);
        return at > 0 && at < text.length() && text.charAt(at) == '@' && isDomain(text.substring(at + 1));
    }

    /** The index after a leading dot-atom local part, or -1 if it is malformed. */
    private static int dotAtomEnd(String text) {
        int i = 0;
        boolean atomStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.') {
                if (atomStart) {
                    return -1;
                }
                atomStart = true;
            } else if (isAtomChar(c)) {
                atomStart = false;
            } else {
                break;
            }
            i++;
        }
        return atomStart ? -1 : i;
    }

    /** The index after a leading non-empty quoted string, or -1 if it is malformed. */
    private static int quotedStringEnd(String text) {
        int i = 1;
        int content = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return content > 0 ? i + 1 : -1;
            }
            if (c == '\\') {
                i++;
                if (i >= text.length()
                        || !isQuotedChar(text.charAt(i)) && text.charAt(i) != '"' && text.charAt(i) != '\\') {
                    return -1;
                }
            } else if (!isQuotedChar(c)) {
                return -1;
            }
            content++;
            i++;
        }
        return -1;
    }

    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!isAlphanumeric(c) && !isWide(c) && c != '-' && c != '~') {
                    return false;
                }
            }
        }
        if (!isLetterDigitOrWide(labels[0].charAt(0)) || !isLetterOrWide(lastChar(labels[labels.length - 1]))) {
            return false;
        }
        for (int k = 1; k < labels.length; k++) {
            if (isLetterOrWide(labels[k].charAt(0)) && isLetterDigitOrWide(lastChar(labels[k - 1]))) {
                return true;
            }
        }
        return false;
    }

    private static char lastChar(String text) {
        return text.charAt(text.length() - 1);
    }

    private static boolean isAtomChar(char c) {
        return isAlphanumeric(c) || isWide(c) || ATOM_SYMBOLS.indexOf(c) >= 0;
    }

    /** Printable ASCII other than {@code "} and {@code \}, space, tab, or a wide character. */
    private static boolean isQuotedChar(char c) {
        return (c >= 0x20 && c <= 0x7e && c != '"' && c != '\\') || c == '\t' || isWide(c);
    }

    private static boolean isLetterOrWide(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isWide(c);
    }

    private static boolean isLetterDigitOrWide(char c) {
        return isAlphanumeric(c) || isWide(c);
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isWide(char c) {
        return (c >= 0x00A0 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFEF);
    }
}
