package eu.ospo.publiccode.internal.check;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * A recognizer for SPDX license expressions (SPDX specification, annex "SPDX License
 * Expressions"). One instance checks one expression; it is not thread-safe.
 *
 * <pre>
 * expression = and-expr *( OR and-expr )
 * and-expr   = atom *( AND atom )                  ; AND binds tighter than OR
 * atom       = "(" expression ")"
 *            / license-id [ "+" ] [ WITH exception-id ]
 *            / license-ref [ WITH exception-id ]
 * license-ref = [ "DocumentRef-" idstring ":" ] "LicenseRef-" idstring
 * idstring   = 1*( ALPHA / DIGIT / "-" / "." )
 * </pre>
 *
 * <p>Choices (see also {@link LicenseExpressions}):
 *
 * <ul>
 *   <li>Operators are {@code AND}/{@code OR}/{@code WITH} or all lower-case {@code and}/{@code
 *       or}/{@code with} (the spec's ABNF lists both); mixed case such as {@code And} is not an
 *       operator. The reference (go-spdx) only knows upper case.
 *   <li>Tokens are separated by spaces only, as in go-spdx: a tab or line break is an error.
 *   <li>{@code +} must follow its id directly ({@code MIT +} is an error, as in go-spdx).
 *   <li>{@code DocumentRef-x:LicenseRef-y} is one token: no spaces around the colon.
 *   <li>The {@code DocumentRef-} and {@code LicenseRef-} prefixes are case-sensitive, as in go-spdx.
 * </ul>
 *
 * <p>Input is bounded by the caller's length limit, and parentheses may nest at most {@link
 * #MAX_DEPTH} deep, so recursion depth is bounded whatever the input.
 */
final class LicenseExpressionParser {
    /** The deepest parenthesis nesting accepted. */
    static final int MAX_DEPTH = 64;

    private static final String LICENSE_REF = "LicenseRef-";
    private static final String DOCUMENT_REF = "DocumentRef-";

    private final String text;
    private final Predicate<String> isLicenseId;
    private final Predicate<String> isExceptionId;
    private int pos;

    private LicenseExpressionParser(String text, Predicate<String> isLicenseId, Predicate<String> isExceptionId) {
        this.text = text;
        this.isLicenseId = isLicenseId;
        this.isExceptionId = isExceptionId;
    }

    /**
     * Whether {@code text} is a license expression whose ids pass {@code isLicenseId} and whose
     * exceptions pass {@code isExceptionId} (both are given the id as written).
     */
    static boolean isValid(String text, Predicate<String> isLicenseId, Predicate<String> isExceptionId) {
        LicenseExpressionParser parser = new LicenseExpressionParser(text, isLicenseId, isExceptionId);
        return parser.expression(0) && parser.atEnd();
    }

    private boolean expression(int depth) {
        do {
            if (!andExpression(depth)) {
                return false;
            }
        } while (operator("or"));
        return true;
    }

    private boolean andExpression(int depth) {
        do {
            if (!atom(depth)) {
                return false;
            }
        } while (operator("and"));
        return true;
    }

    private boolean atom(int depth) {
        skipSpaces();
        if (pos >= text.length()) {
            return false;
        }
        if (text.charAt(pos) == '(') {
            if (depth >= MAX_DEPTH) {
                return false;
            }
            pos++;
            if (!expression(depth + 1)) {
                return false;
            }
            skipSpaces();
            if (pos >= text.length() || text.charAt(pos) != ')') {
                return false;
            }
            pos++;
            return true;
        }
        if (!simpleExpression()) {
            return false;
        }
        if (operator("with")) {
            skipSpaces();
            String exception = idString();
            return !exception.isEmpty() && isExceptionId.test(exception);
        }
        return true;
    }

    /** A license id with an optional {@code +}, or a license reference. */
    private boolean simpleExpression() {
        if (text.startsWith(DOCUMENT_REF, pos)) {
            pos += DOCUMENT_REF.length();
            if (idString().isEmpty() || pos >= text.length() || text.charAt(pos) != ':') {
                return false;
            }
            pos++;
            return licenseRef();
        }
        if (text.startsWith(LICENSE_REF, pos)) {
            return licenseRef();
        }
        int start = pos;
        String id = idString();
        if (id.isEmpty() || isOperator(id) || !isLicenseId.test(id)) {
            pos = start;
            return false;
        }
        if (pos < text.length() && text.charAt(pos) == '+') {
            pos++;
        }
        return true;
    }

    private boolean licenseRef() {
        if (!text.startsWith(LICENSE_REF, pos)) {
            return false;
        }
        pos += LICENSE_REF.length();
        return !idString().isEmpty();
    }

    /**
     * Consumes the operator if it is next, written upper-case or lower-case and ending at a
     * character that cannot continue an id.
     */
    private boolean operator(String lowerCaseName) {
        skipSpaces();
        int start = pos;
        String word = idString();
        if (word.equals(lowerCaseName) || word.equals(lowerCaseName.toUpperCase(Locale.ROOT))) {
            return true;
        }
        pos = start;
        return false;
    }

    private static boolean isOperator(String word) {
        switch (word) {
            case "AND":
            case "and":
            case "OR":
            case "or":
            case "WITH":
            case "with":
                return true;
            default:
                return false;
        }
    }

    /** Consumes and returns the longest run of {@code [A-Za-z0-9.-]} (possibly empty). */
    private String idString() {
        int start = pos;
        while (pos < text.length() && isIdChar(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private static boolean isIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private boolean atEnd() {
        skipSpaces();
        return pos == text.length();
    }
}
