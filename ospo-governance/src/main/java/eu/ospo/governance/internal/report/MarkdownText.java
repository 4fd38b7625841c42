package eu.ospo.governance.internal.report;

import eu.ospo.problem.TerminalText;

/**
 * Text from the files made literal in Markdown (CommonMark with GitHub's tables), so that a value
 * is shown as written and never becomes markup: no raw HTML, no heading, no link, no emphasis, no
 * extra table row or cell.
 *
 * <p>Both forms first {@linkplain TerminalText#escape escape control characters}: a line ending in a
 * value would end a table row or a paragraph (and a line starting with {@code #} would be a heading),
 * so CR and LF are shown as {@code \r} and {@code \n}, like every other control character. Then:
 *
 * <ul>
 *   <li>{@link #text} puts a backslash before every ASCII punctuation character that can start or
 *       end markup within a line: {@code \ ` * _ [ ] < > & | ~}. A backslash escape is literal in
 *       CommonMark, and an escaped pipe does not split a table cell. With brackets escaped no link
 *       or image can open, so {@code (}, {@code )} and {@code !} stay as they are; a value never
 *       starts a line, so neither do {@code #}, {@code -} or a digit;
 *   <li>{@link #code} makes a code span, whose content is literal except for backticks: the fence is
 *       one backtick longer than the longest run of backticks in the text. In a table cell ({@link
 *       #codeInCell}) pipes are also escaped (GFM removes that backslash before reading the span).
 * </ul>
 */
final class MarkdownText {

    private static final String PUNCTUATION = "\\`*_[]<>&|~";

    private MarkdownText() {}

    /**
     * Literal text for a table cell or a paragraph.
     *
     * @param value the text from a file
     * @return the escaped text, on one line
     */
    static String text(String value) {
        String safe = TerminalText.escape(value);
        StringBuilder escaped = new StringBuilder(safe.length() + 8);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            if (PUNCTUATION.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /**
     * A code span showing the text literally in a table cell; empty stays empty.
     *
     * @param value the text from a file
     * @return the code span, on one line
     */
    static String codeInCell(String value) {
        return span(TerminalText.escape(value).replace("|", "\\|"));
    }

    /**
     * A code span showing the text literally in a paragraph; empty stays empty.
     *
     * @param value the text from a file
     * @return the code span, on one line
     */
    static String code(String value) {
        return span(TerminalText.escape(value));
    }

    private static String span(String safe) {
        if (safe.isEmpty()) {
            return "";
        }
        String fence = "`".repeat(longestBacktickRun(safe) + 1);
        // a span's content loses one leading and one trailing space when it has both and is not all
        // spaces: pad so that a backtick or a space at either end stays part of the text
        boolean allSpaces = safe.chars().allMatch(c -> c == ' ');
        boolean pad = !allSpaces
                && (safe.startsWith("`") || safe.endsWith("`") || safe.startsWith(" ") || safe.endsWith(" "));
        String space = pad ? " " : "";
        return fence + space + safe + space + fence;
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
