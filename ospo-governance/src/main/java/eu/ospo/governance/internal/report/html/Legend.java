package eu.ospo.governance.internal.report.html;

import java.io.IOException;
import java.util.Collection;

/** The keys under a section heading: what each colour and line of its charts means. */
final class Legend {

    /** Organisations beyond this many are summed up as "and N more" in a legend. */
    private static final int MAX_ORGANISATIONS = 2 * Palette.SIZE;

    private Legend() {}

    /**
     * The colours of some organisations, in the order given.
     *
     * @param m where to write
     * @param data names and colours
     * @param organisationIds the organisations to list
     * @throws IOException if writing fails
     */
    static void organisations(Markup m, PageData data, Collection<String> organisationIds) throws IOException {
        m.open("div", "class", "legend organisations");
        int shown = 0;
        for (String id : organisationIds) {
            if (shown++ == MAX_ORGANISATIONS) {
                m.element(
                        "span",
                        "and " + (organisationIds.size() - MAX_ORGANISATIONS)
                                + " more organisations (colours repeat; hover a bar for its name)");
                break;
            }
            swatch(m, "swatch", data.palette().colour(id), data.organisationName(id));
        }
        m.close();
    }

    /**
     * One key: a small coloured mark and its meaning.
     *
     * @param m where to write
     * @param cssClass the mark's class ({@code swatch}, {@code swatch line}, ...)
     * @param colour its colour, or empty to leave it to the class
     * @param label the meaning
     * @throws IOException if writing fails
     */
    static void swatch(Markup m, String cssClass, String colour, String label) throws IOException {
        m.open("span");
        m.leaf("span", "class", cssClass, "style", colour.isEmpty() ? null : "background:" + colour);
        m.text(label);
        m.close();
    }
}
