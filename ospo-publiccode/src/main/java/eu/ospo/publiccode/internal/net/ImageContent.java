package eu.ospo.publiccode.internal.net;

import eu.ospo.publiccode.internal.check.PngHeader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What the bytes of a remote logo or screenshot are, judged from the bytes alone (the server's
 * {@code Content-Type} is not trusted): the MIME type sniffed from magic numbers and markup, and for
 * PNG whether the header decodes. Stateless.
 */
final class ImageContent {

    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String SVG = "image/svg+xml";
    static final String GZIP = "application/gzip";

    private ImageContent() {}

    /** The MIME type the bytes are. */
    static String sniff(byte[] bytes) {
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return PNG;
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (startsWith(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return "image/gif";
        }
        if (bytes.length >= 12
                && startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return "image/webp";
        }
        if (startsWith(bytes, new byte[] {0x1F, (byte) 0x8B})) {
            return GZIP;
        }
        if (bytes.length == 0) {
            return "empty";
        }
        return markup(bytes).orElse("application/octet-stream");
    }

    /** The MIME type a file extension promises, for the extensions the standard allows. */
    static Optional<String> expected(String extension) {
        return switch (extension) {
            case ".png" -> Optional.of(PNG);
            case ".jpg" -> Optional.of(JPEG);
            case ".svg" -> Optional.of(SVG);
            case ".svgz" -> Optional.of(GZIP);
            default -> Optional.empty();
        };
    }

    /** Whether the bytes start with a PNG header that decodes. */
    static boolean isDecodablePng(byte[] bytes) {
        return PngHeader.isValid(bytes);
    }

    /** SVG or HTML: the first element after the XML declaration, comments and a doctype. */
    private static Optional<String> markup(byte[] bytes) {
        int length = Math.min(bytes.length, 4096);
        String text = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        int i = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0; // UTF-8 byte-order mark
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (text.startsWith("<?", i)) {
                i = after(text, "?>", i);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i);
            } else if (text.regionMatches(true, i, "<!doctype html", 0, 14)) {
                return Optional.of("text/html");
            } else if (text.regionMatches(true, i, "<!doctype", 0, 9)) {
                i = after(text, ">", i);
            } else {
                break;
            }
            if (i < 0) {
                return Optional.empty();
            }
        }
        String rest = text.substring(i).toLowerCase(Locale.ROOT);
        if (rest.matches("(?s)^<(svg:)?svg[\\s>/].*")) {
            return Optional.of(SVG);
        }
        if (rest.matches("(?s)^<(html|head|body|script|title|div|p|a|h1|table|iframe)[\\s>/].*")) {
            return Optional.of("text/html");
        }
        return rest.startsWith("<") ? Optional.of("text/xml") : Optional.of("text/plain");
    }

    private static int after(String text, String end, int from) {
        int found = text.indexOf(end, from);
        return found < 0 ? -1 : found + end.length();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
