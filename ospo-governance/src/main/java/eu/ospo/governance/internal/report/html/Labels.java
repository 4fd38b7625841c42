package eu.ospo.governance.internal.report.html;

/**
 * Fits labels into the room a chart has for them. Text width in SVG cannot be measured without a
 * browser, so it is estimated from the font size: {@value #EM_PER_CHARACTER} em per character is on
 * the safe side for the sans-serif fonts browsers pick. A label that does not fit is cut with an
 * ellipsis; the full text stays in the element's tooltip.
 */
final class Labels {

    /** The estimated average width of a character, in em. */
    static final double EM_PER_CHARACTER = 0.6;

    private Labels() {}

    /**
     * The estimated width of a text.
     *
     * @param text the text
     * @param fontSize the font size in pixels
     * @return the width in pixels
     */
    static double width(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * EM_PER_CHARACTER;
    }

    /**
     * The text, or as much of it as fits with an ellipsis, or nothing when not even two characters
     * and the ellipsis fit.
     *
     * @param text the text
     * @param room the width available in pixels
     * @param fontSize the font size in pixels
     * @return the label, possibly empty
     */
    static String fit(String text, double room, double fontSize) {
        if (width(text, fontSize) <= room) {
            return text;
        }
        int characters = (int) Math.floor(room / (fontSize * EM_PER_CHARACTER)) - 1;
        if (characters < 2) {
            return "";
        }
        int end = text.offsetByCodePoints(0, Math.min(characters, text.codePointCount(0, text.length())));
        return text.substring(0, end).stripTrailing() + "…";
    }
}
