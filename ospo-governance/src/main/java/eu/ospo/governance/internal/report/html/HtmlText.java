package eu.ospo.governance.internal.report.html;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Escapes text for HTML and inline SVG, in element content and in double-quoted attribute values
 * alike: {@code & < > " '} become character references, so no value can open or close an element or
 * an attribute. Characters that would change what the reader sees without being seen are made
 * visible instead of passed on: C0 and C1 control characters, DEL and the byte-order mark become
 * <code>&#92;xNN</code> or <code>&#92;uNNNN</code> (ESC is shown as <code>&#92;x1b</code>), and so do
 * the bidirectional formatting characters, which could reorder the text around them (U+202E as
 * <code>&#92;u202e</code>); tab, line and paragraph breaks become a space
 * (HTML would fold them into one anyway). A lone surrogate becomes U+FFFD.
 */
final class HtmlText {

    private HtmlText() {}

    /**
     * The text escaped.
     *
     * @param text any text
     * @return text safe in element content and in a double-quoted attribute value
     */
    static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        append(text, out);
        return out.toString();
    }

    /**
     * Writes the text escaped.
     *
     * @param text any text
     * @param out where to write
     * @throws IOException if writing fails
     */
    static void write(CharSequence text, Writer out) throws IOException {
        if (isPlain(text)) {
            out.append(text);
        } else {
            out.write(escape(text));
        }
    }

    private static boolean isPlain(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                return false;
            }
        }
        return true;
    }

    private static void append(CharSequence text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r', '\u2028', '\u2029' -> out.append(' ');
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else if (isHidden(c)) {
                        out.append(visible(c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Controls, DEL, the BOM and the bidirectional formatting characters. */
    private static boolean isHidden(char c) {
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || c == '\uFEFF'
                || c == '\u061C'
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static String visible(char c) {
        return c <= 0xff
                ? String.format(Locale.ROOT, "\\x%02x", (int) c)
                : String.format(Locale.ROOT, "\\u%04x", (int) c);
    }
}
