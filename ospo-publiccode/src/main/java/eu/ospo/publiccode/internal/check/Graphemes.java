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
     * @param text the text
     * @return the count
     */
    public static int count(String text) {
        int simple = countSimple(text);
        if (simple >= 0) {
            return simple;
        }
        Matcher matcher = CLUSTER.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * The count for text made only of characters that never join a neighbour (most Latin-script
     * text: the regular expression costs much more, notably at start-up), or -1 for any other text.
     * Below U+0300 (before the combining diacritical marks) and in the dash, quotation, punctuation
     * and currency ranges allowed here, UAX #29 keeps every character a cluster of its own except
     * CR LF: none is Extend, SpacingMark, Prepend, ZWJ, Hangul or a regional indicator, and an
     * Extended_Pictographic one (such as U+00A9) joins only through a ZWJ, which is not allowed here.
     * GraphemesTest compares this with {@code \X} on every such character and pair.
     */
    static int countSimple(String text) {
        int count = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!neverJoins(c)) {
                return -1;
            }
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                count--;
            }
        }
        return count;
    }

    /** Whether the character is in the ranges {@link #countSimple} handles. */
    static boolean neverJoins(char c) {
        return c < 0x0300
                || (c >= 0x2010 && c <= 0x2027) // dashes, quotation marks, bullets, ellipsis
                || (c >= 0x2030 && c <= 0x205E) // per mille, primes, more punctuation
                || (c >= 0x20A0 && c <= 0x20C0); // currency signs
    }
}
