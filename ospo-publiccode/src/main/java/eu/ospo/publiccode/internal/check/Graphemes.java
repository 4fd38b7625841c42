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
        Matcher matcher = CLUSTER.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
