package eu.ospo.publiccode.internal.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts user-perceived characters (Unicode UAX #29 extended grapheme clusters). */
public final class Graphemes {
    /*
     * java.util.regex's \X matches one extended grapheme cluster. On JDK 17 it handles emoji ZWJ
     * sequences, regional-indicator pairs, emoji modifiers, tag sequences, Hangul syllables and
     * jamo, prepend and spacing marks, and CR LF as one cluster (GraphemesTest pins these).
     * java.text.BreakIterator does not before JDK 20, so it is not used.
     */
    private static final Pattern CLUSTER = Pattern.compile("\\X");

    private Graphemes() {}

    /**
     * The number of extended grapheme clusters in the text (so an emoji with modifiers, or a Hangul
     * syllable, counts as one; a line feed counts as one).
     *
     * <p>Most text is made of characters that never join a neighbour ({@link #neverJoins}): those
     * are counted one by one (CR LF as one). Only the stretches around other characters go to the
     * regular expression: each run of them with the character before it (which they may extend) and
     * the one after it (which a prepended character may join), never splitting a CR LF. Between two
     * characters that never join there is always a cluster boundary, so the stretches can be counted
     * apart and the counts added: a long description with one zero-width space costs a few
     * characters of regular expression, not the whole text.
     *
     * @param text the text
     * @return the count
     */
    public static int count(String text) {
        int length = text.length();
        int count = 0;
        int from = 0;
        while (from < length) {
            int run = firstJoining(text, from);
            if (run < 0) {
                return count + countSimple(text, from, length);
            }
            int start = Math.max(from, run - 1);
            if (start > from && text.charAt(start) == '\n' && text.charAt(start - 1) == '\r') {
                start--;
            }
            int end = run;
            do {
                while (end < length && !neverJoins(text.charAt(end))) {
                    end++;
                }
                if (end < length) {
                    end++; // the character after the run
                }
                if (end < length && text.charAt(end - 1) == '\r' && text.charAt(end) == '\n') {
                    end++;
                }
            } while (end < length && !neverJoins(text.charAt(end)));
            count += countSimple(text, from, start) + countByExpression(text, start, end);
            from = end;
        }
        return count;
    }

    /** The index of the first character at or after {@code from} that may join a neighbour, or -1. */
    private static int firstJoining(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!neverJoins(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The clusters of {@code text[from, to)} by the regular expression. */
    private static int countByExpression(String text, int from, int to) {
        Matcher matcher = CLUSTER.matcher(text).region(from, to);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The clusters of {@code text[from, to)}, made only of characters that never join: CR LF counts once. */
    private static int countSimple(String text, int from, int to) {
        int count = to - from;
        for (int i = from; i + 1 < to; i++) {
            if (text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
                count--;
            }
        }
        return count;
    }

    /**
     * The count for text made only of characters that never join a neighbour (most Latin-script
     * text), or -1 for any other text.
     * Below U+0300 (before the combining diacritical marks) and in the dash, quotation, punctuation
     * and currency ranges allowed here, UAX #29 keeps every character a cluster of its own except
     * CR LF: none is Extend, SpacingMark, Prepend, ZWJ, Hangul or a regional indicator, and an
     * Extended_Pictographic one (such as U+00A9) joins only through a ZWJ, which is not allowed here.
     * GraphemesTest compares this with {@code \X} on every such character and pair.
     */
    static int countSimple(String text) {
        return firstJoining(text, 0) < 0 ? countSimple(text, 0, text.length()) : -1;
    }

    /** Whether the character never joins a neighbour: the ranges {@link #countSimple} handles. */
    static boolean neverJoins(char c) {
        return c < 0x0300
                || (c >= 0x2010 && c <= 0x2027) // dashes, quotation marks, bullets, ellipsis
                || (c >= 0x2030 && c <= 0x205E) // per mille, primes, more punctuation
                || (c >= 0x20A0 && c <= 0x20C0); // currency signs
    }
}
