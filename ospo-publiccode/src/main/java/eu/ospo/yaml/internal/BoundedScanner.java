package eu.ospo.yaml.internal;

import eu.ospo.problem.Problem;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.scanner.Scanner;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.AliasToken;
import org.snakeyaml.engine.v2.tokens.AnchorToken;
import org.snakeyaml.engine.v2.tokens.ScalarToken;
import org.snakeyaml.engine.v2.tokens.TagToken;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * SnakeYAML Engine's scanner with a bound on the length of every token: each token is checked as the
 * parser takes it, so a scalar (a key or a value), an anchor, an alias, a tag or a comment longer than
 * the limit stops the load with a {@code yaml.limit} problem at its position.
 *
 * <p>Comments never reach the parser (comment parsing is off), so they are found where they can be:
 * between two consecutive tokens the text holds only white space, line breaks and comments, so every
 * {@code #} there starts one; the only other place is the header line of a block scalar ({@code | #
 * ...}), which is part of the scalar's token. Lengths are in code points, like YAML columns.
 */
final class BoundedScanner implements Scanner {

    private final Scanner delegate;
    private final String text;
    private final int limit;
    private final boolean basicPlane;
    /** A code-point index and its char index, for {@link #charIndex}. */
    private int cursorCodePoint;

    private int cursorChar;
    /** Where the previous token ended: char index, 0-based line and column. */
    private int endChar;

    private int endLine;
    private int endColumn;

    private static final int NOT_SEARCHED = -2;
    /** The last {@link #nextHash} answer (-1: none left) and where that search started. */
    private int nextHash = NOT_SEARCHED;

    private int nextHashFrom;

    /**
     * A scanner over the whole text.
     *
     * @param settings the load settings
     * @param text the decoded document, also read by the scanner
     * @param basicPlane whether every character of the text is in the Basic Multilingual Plane (one
     *     {@code char} each), as {@link Utf8Validation} found
     * @param limit the longest token accepted, in code points
     */
    BoundedScanner(LoadSettings settings, String text, boolean basicPlane, int limit) {
        this.delegate = new ScannerImpl(settings, new StreamReader(settings, text));
        this.text = text;
        this.limit = limit;
        this.basicPlane = basicPlane;
    }

    /** Signals a token over the limit; carries the problem to report. */
    static final class TokenTooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        TokenTooLong(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    @Override
    public boolean checkToken(Token.ID... choices) {
        return delegate.checkToken(choices);
    }

    @Override
    public Token peekToken() {
        return delegate.peekToken();
    }

    @Override
    public boolean hasNext() {
        return delegate.hasNext();
    }

    @Override
    public Token next() {
        Token token = delegate.next();
        Optional<Mark> start = token.getStartMark();
        Optional<Mark> end = token.getEndMark();
        if (start.isEmpty() || end.isEmpty()) {
            return token;
        }
        int from = charIndex(start.get().getIndex());
        commentsBetween(endChar, from);
        switch (token.getTokenId()) {
            case Scalar -> scalar((ScalarToken) token, from, start.get());
            case Anchor -> name("an anchor", ((AnchorToken) token).getValue().getValue(), start.get());
            case Alias -> name("an alias", ((AliasToken) token).getValue().getValue(), start.get());
            case Tag -> tag((TagToken) token, start.get());
            default -> {
                // indicators and markers: a few characters each
            }
        }
        endChar = charIndex(end.get().getIndex());
        endLine = end.get().getLine();
        endColumn = end.get().getColumn();
        return token;
    }

    @Override
    public void resetDocumentIndex() {
        delegate.resetDocumentIndex();
    }

    private void scalar(ScalarToken token, int from, Mark start) {
        name("a scalar", token.getValue(), start);
        if (token.getStyle() == ScalarStyle.LITERAL || token.getStyle() == ScalarStyle.FOLDED) {
            // the header line: '|' or '>', indicators, then maybe a comment after white space
            int lineEnd = lineEnd(from, text.length());
            for (int i = from + 1; i < lineEnd; i++) {
                if (text.charAt(i) == '#' && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                    comment(i, lineEnd, start.getLine() + 1, start.getColumn() + 1 + codePoints(from, i));
                    return;
                }
            }
        }
    }

    private void tag(TagToken token, Mark start) {
        String handle = token.getValue().getHandle().orElse("");
        name("a tag", handle + token.getValue().getSuffix(), start);
    }

    private void name(String what, String value, Mark start) {
        if (value.length() > limit && value.codePointCount(0, value.length()) > limit) {
            throw tooLong(what, start.getLine() + 1, start.getColumn() + 1);
        }
    }

    /** Every comment in {@code [from, to)}, the text between two tokens. */
    private void commentsBetween(int from, int to) {
        int hash = nextHash(from);
        while (hash >= 0 && hash < to) {
            int lineEnd = lineEnd(hash, to);
            if (lineEnd - hash > limit) {
                int[] at = positionInGap(hash);
                comment(hash, lineEnd, at[0], at[1]);
            }
            hash = nextHash(lineEnd);
        }
    }

    /**
     * The index of the first {@code #} at or after {@code from}, or -1. The answer is remembered: a
     * search from every token would read on to the next {@code #} each time, which in a file with
     * few comments is the rest of the file (quadratic); searches move forward only, so each
     * character is read once.
     */
    private int nextHash(int from) {
        if (nextHash != NOT_SEARCHED && (nextHash < 0 || nextHash >= from) && nextHashFrom <= from) {
            return nextHash;
        }
        nextHashFrom = from;
        nextHash = text.indexOf('#', from);
        return nextHash;
    }

    private void comment(int hash, int lineEnd, int line, int column) {
        if (codePoints(hash, lineEnd) > limit) {
            throw tooLong("a comment", line, column);
        }
    }

    /** The end of the line that holds {@code from}: its first line break, or {@code to}. */
    private int lineEnd(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return to;
    }

    /** 1-based line and column of a char index after the previous token, counted as SnakeYAML does. */
    private int[] positionInGap(int index) {
        int line = endLine;
        int column = endColumn;
        int i = endChar;
        while (i < index) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
        return new int[] {line + 1, column + 1};
    }

    private int codePoints(int from, int to) {
        return basicPlane ? to - from : text.codePointCount(from, to);
    }

    /** The char index of a code-point index; tokens come in order, so the walk only goes forward. */
    private int charIndex(int codePoint) {
        if (basicPlane) {
            return codePoint;
        }
        if (codePoint < cursorCodePoint) {
            cursorCodePoint = 0;
            cursorChar = 0;
        }
        cursorChar = text.offsetByCodePoints(cursorChar, codePoint - cursorCodePoint);
        cursorCodePoint = codePoint;
        return cursorChar;
    }

    private TokenTooLong tooLong(String what, int line, int column) {
        return new TokenTooLong(YamlLoader.limitProblem(
                what + " is longer than the limit of " + limit + " characters", line, column, "maxTokenLength", limit));
    }
}
