package eu.ospo.publiccode.internal.check;

/** Counts user-perceived characters (Unicode UAX #29 extended grapheme clusters). */
public final class Graphemes {
    private Graphemes() {}

    /**
     * The number of extended grapheme clusters in the text (so an emoji with modifiers, or a Hangul
     * syllable, counts as one; a line feed counts as one).
     *
     * @param text the text
     * @return the count
     */
    public static int count(String text) {
        throw new UnsupportedOperationException("TODO");
    }
}
