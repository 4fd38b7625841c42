package eu.ospo.publiccode.internal.check;

import java.util.List;

/**
 * One oEmbed URL scheme such as {@code https://*.youtube.com/watch*}: matched against the whole
 * URL, case-sensitively, where {@code *} stands for any run of characters (also empty, also
 * containing {@code /}) and every other character stands for itself.
 *
 * <p>Matching needs no regular expression: the literal pieces between the stars are found left to
 * right, the first anchored at the start and the last at the end. Taking the leftmost occurrence
 * of each middle piece is always right, since whatever the stars skip is unconstrained.
 */
final class UrlGlob {
    private final String pattern;
    private final List<String> pieces;

    UrlGlob(String pattern) {
        this.pattern = pattern;
        this.pieces = List.of(pattern.split("\\*", -1));
    }

    /** The literal text before the first star (the whole pattern if it has none). */
    String literalPrefix() {
        return pieces.get(0);
    }

    boolean matches(String url) {
        if (pieces.size() == 1) {
            return url.equals(pattern);
        }
        String first = pieces.get(0);
        String last = pieces.get(pieces.size() - 1);
        if (!url.startsWith(first)) {
            return false;
        }
        int pos = first.length();
        for (String piece : pieces.subList(1, pieces.size() - 1)) {
            int found = url.indexOf(piece, pos);
            if (found < 0) {
                return false;
            }
            pos = found + piece.length();
        }
        return url.length() - last.length() >= pos && url.endsWith(last);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
