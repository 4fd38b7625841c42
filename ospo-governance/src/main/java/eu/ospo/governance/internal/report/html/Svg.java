package eu.ospo.governance.internal.report.html;

import static eu.ospo.governance.internal.report.html.Markup.num;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The few SVG shapes the charts are drawn with, written through {@link Markup} (so every label and
 * tooltip is escaped). Coordinates are in the chart's own units ({@code viewBox}); the chart scales
 * to the width of the page.
 */
final class Svg {

    /** The font size of chart labels, in chart units. */
    static final double FONT = 12;

    private Svg() {}

    /**
     * Opens a chart: an {@code svg} element that scales to the width of its container.
     *
     * @param m where to write
     * @param width the chart's width in its units
     * @param height the chart's height
     * @param cssClass the chart's class (what the tests and the style sheet find it by)
     * @param label what the chart shows, for screen readers
     * @throws IOException if writing fails
     */
    static void open(Markup m, double width, double height, String cssClass, String label) throws IOException {
        m.open(
                "svg",
                "xmlns",
                "http://www.w3.org/2000/svg",
                "class",
                "chart " + cssClass,
                "viewBox",
                "0 0 " + num(width) + " " + num(height),
                "width",
                num(width),
                "height",
                num(height),
                "role",
                "img",
                "aria-label",
                label);
        m.element("title", label);
    }

    /** A filled rectangle. */
    static void rect(Markup m, double x, double y, double width, double height, String fill, @Nullable String... more)
            throws IOException {
        String[] attributes = new String[10 + more.length];
        attributes[0] = "x";
        attributes[1] = num(x);
        attributes[2] = "y";
        attributes[3] = num(y);
        attributes[4] = "width";
        attributes[5] = num(Math.max(0, width));
        attributes[6] = "height";
        attributes[7] = num(Math.max(0, height));
        attributes[8] = "fill";
        attributes[9] = fill;
        System.arraycopy(more, 0, attributes, 10, more.length);
        m.leaf("rect", attributes);
    }

    /** A straight line. */
    static void line(Markup m, double x1, double y1, double x2, double y2, String cssClass) throws IOException {
        m.leaf("line", "x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2), "class", cssClass);
    }

    /**
     * A label.
     *
     * @param m where to write
     * @param x the anchor's x
     * @param y the baseline
     * @param text the text (escaped)
     * @param anchor {@code start}, {@code middle} or {@code end}
     * @param cssClass the label's class, or null
     * @throws IOException if writing fails
     */
    static void text(Markup m, double x, double y, String text, String anchor, @Nullable String cssClass)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        m.element("text", text, "x", num(x), "y", num(y), "text-anchor", anchor, "class", cssClass);
    }

    /** A label in a given fill colour (for labels inside coloured bars). */
    static void textFilled(Markup m, double x, double y, String text, String anchor, String fill) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        m.element("text", text, "x", num(x), "y", num(y), "text-anchor", anchor, "fill", fill);
    }

    /**
     * Opens a group with a tooltip: what the browser shows when the pointer rests on any shape of
     * the group.
     *
     * @param m where to write
     * @param cssClass the group's class
     * @param tooltip the tooltip text
     * @param more further attribute pairs
     * @throws IOException if writing fails
     */
    static void group(Markup m, String cssClass, String tooltip, @Nullable String... more) throws IOException {
        String[] attributes = new String[2 + more.length];
        attributes[0] = "class";
        attributes[1] = cssClass;
        System.arraycopy(more, 0, attributes, 2, more.length);
        m.open("g", attributes);
        m.element("title", tooltip);
    }
}
