package eu.ospo.governance.internal.report.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes HTML and inline SVG straight to a {@link Writer}, element by element, so a page is never
 * held in memory as a whole. Tag and attribute names are constants of this package; every attribute
 * value and every text goes through {@link HtmlText}. Elements close in the order they were opened
 * ({@link #close()} closes the innermost), so the output is always well nested.
 */
final class Markup {

    private static final Set<String> VOID_ELEMENTS = Set.of("meta", "br", "hr", "col", "wbr");

    /** SVG elements written without content, which may close themselves ({@code <rect/>}). */
    private static final Set<String> SVG_LEAVES = Set.of("rect", "line", "circle", "polygon", "path", "polyline");

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();

    Markup(Writer out) {
        this.out = out;
    }

    /**
     * Opens an element.
     *
     * @param tag the tag name, a constant
     * @param attributes name, value, name, value, ...; a pair whose value is null is left out
     * @return this
     * @throws IOException if writing fails
     */
    Markup open(String tag, @Nullable String... attributes) throws IOException {
        startTag(tag, attributes);
        out.write('>');
        open.push(tag);
        return this;
    }

    /**
     * Closes the innermost open element.
     *
     * @return this
     * @throws IOException if writing fails
     * @throws IllegalStateException if no element is open
     */
    Markup close() throws IOException {
        if (open.isEmpty()) {
            throw new IllegalStateException("no element is open");
        }
        out.write("</");
        out.write(open.pop());
        out.write('>');
        return this;
    }

    /**
     * Writes an element without content: {@code <meta ...>} for HTML void elements, {@code <rect
     * .../>} for SVG shapes, {@code <span ...></span>} for any other element (in HTML a {@code />}
     * does not close an element).
     *
     * @param tag the tag name, a constant
     * @param attributes name, value pairs (see {@link #open})
     * @return this
     * @throws IOException if writing fails
     */
    Markup leaf(String tag, @Nullable String... attributes) throws IOException {
        startTag(tag, attributes);
        if (VOID_ELEMENTS.contains(tag)) {
            out.write('>');
        } else if (SVG_LEAVES.contains(tag)) {
            out.write("/>");
        } else {
            out.write("></");
            out.write(tag);
            out.write('>');
        }
        return this;
    }

    /**
     * Writes an element holding only text.
     *
     * @param tag the tag name, a constant
     * @param text the text, escaped here
     * @param attributes name, value pairs (see {@link #open})
     * @return this
     * @throws IOException if writing fails
     */
    Markup element(String tag, String text, @Nullable String... attributes) throws IOException {
        open(tag, attributes);
        text(text);
        return close();
    }

    /**
     * Writes text, escaped.
     *
     * @param text the text
     * @return this
     * @throws IOException if writing fails
     */
    Markup text(String text) throws IOException {
        HtmlText.write(text, out);
        return this;
    }

    /**
     * Writes markup as it is: only for constants of this package (the style sheet, the doctype).
     *
     * @param constant the markup
     * @return this
     * @throws IOException if writing fails
     */
    Markup raw(String constant) throws IOException {
        out.write(constant);
        return this;
    }

    /**
     * How many elements are open.
     *
     * @return the depth
     */
    int depth() {
        return open.size();
    }

    /**
     * Flushes the underlying writer.
     *
     * @throws IOException if flushing fails
     */
    void flush() throws IOException {
        out.flush();
    }

    private void startTag(String tag, @Nullable String... attributes) throws IOException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.write('<');
        out.write(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.write(' ');
            out.write(String.valueOf(attributes[i]));
            out.write("=\"");
            HtmlText.write(value, out);
            out.write('"');
        }
    }

    /**
     * A coordinate or length for an SVG attribute: at most one decimal, a dot as separator.
     *
     * @param value the number
     * @return for example {@code 12.5} or {@code 40}
     */
    static String num(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }
}
