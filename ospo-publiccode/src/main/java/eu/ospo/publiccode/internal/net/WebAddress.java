package eu.ospo.publiccode.internal.net;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * An absolute {@code http} or {@code https} URL, split and normalised for a request: scheme and host
 * lower-case (punycode for names), the port explicit, the path and query percent-encoded where they
 * hold characters a request line may not carry (spaces, non-ASCII, quotes, ...), the fragment and
 * any user information dropped (credentials in URLs are never sent). Immutable.
 *
 * @param scheme {@code http} or {@code https}
 * @param host the parsed host
 * @param port the port (80 or 443 when the URL names none)
 * @param path the encoded path, at least {@code /}
 * @param query the encoded query without {@code ?}, if any
 */
public record WebAddress(String scheme, UrlHost host, int port, String path, Optional<String> query) {

    /**
     * Reads an absolute URL.
     *
     * @param text the URL
     * @return the address
     * @throws IllegalArgumentException with a short reason, if it is not an absolute http(s) URL
     *     with a valid host and port
     */
    public static WebAddress parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || !isScheme(text.substring(0, colon))) {
            throw new MissingSchemeException();
        }
        String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UnsupportedSchemeException(scheme);
        }
        String rest = text.substring(colon + 1);
        if (!rest.startsWith("//")) {
            throw new IllegalArgumentException("no host in " + text);
        }
        rest = rest.substring(2);
        int end = indexOfAny(rest, "/?#");
        String authority = end < 0 ? rest : rest.substring(0, end);
        String tail = end < 0 ? "" : rest.substring(end);
        int hash = tail.indexOf('#');
        if (hash >= 0) {
            tail = tail.substring(0, hash);
        }
        int question = tail.indexOf('?');
        String path = question < 0 ? tail : tail.substring(0, question);
        Optional<String> query =
                question < 0 ? Optional.empty() : Optional.of(encode(tail.substring(question + 1), true));
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int portColon = hostPort.lastIndexOf(':');
        if (portColon >= 0 && hostPort.indexOf(']', portColon) >= 0) {
            portColon = -1; // the colon is inside an IPv6 literal
        }
        int defaultPort = scheme.equals("https") ? 443 : 80;
        int port = defaultPort;
        String hostText = hostPort;
        if (portColon >= 0) {
            hostText = hostPort.substring(0, portColon);
            port = port(hostPort.substring(portColon + 1), defaultPort);
        }
        UrlHost host = UrlHost.parse(hostText);
        return new WebAddress(scheme, host, port, path.isEmpty() ? "/" : encode(path, false), query);
    }

    /**
     * Resolves a redirect's {@code Location} against this address (RFC 3986, section 5.2).
     *
     * @param location the header value
     * @return the target
     * @throws IllegalArgumentException if the target is not a valid http(s) URL
     */
    public WebAddress resolve(String location) {
        String value = location.strip();
        int colon = value.indexOf(':');
        int firstSpecial = indexOfAny(value, "/?#");
        if (colon > 0 && (firstSpecial < 0 || colon < firstSpecial) && isScheme(value.substring(0, colon))) {
            return parse(value);
        }
        if (value.startsWith("//")) {
            return parse(scheme + ":" + value);
        }
        int hash = value.indexOf('#');
        if (hash >= 0) {
            value = value.substring(0, hash);
        }
        if (value.isEmpty()) {
            return this;
        }
        if (value.startsWith("?")) {
            return new WebAddress(scheme, host, port, path, Optional.of(encode(value.substring(1), true)));
        }
        int question = value.indexOf('?');
        String relativePath = question < 0 ? value : value.substring(0, question);
        Optional<String> newQuery =
                question < 0 ? Optional.empty() : Optional.of(encode(value.substring(question + 1), true));
        String merged = relativePath.startsWith("/")
                ? relativePath
                : path.substring(0, path.lastIndexOf('/') + 1) + relativePath;
        return new WebAddress(scheme, host, port, encode(removeDotSegments(merged), false), newQuery);
    }

    /**
     * Resolves a relative file reference ({@code logo: img/logo.png}) against this address taken as
     * a directory: the path is appended, then dot segments are removed.
     *
     * @param relative the reference
     * @return the file's address
     */
    public WebAddress file(String relative) {
        String directory = path.endsWith("/") ? path : path + "/";
        // a file name may contain '?' or '#': they are part of the path here
        return resolve(
                directory + relative.replace("%", "%25").replace("?", "%3F").replace("#", "%23"));
    }

    /** The request target: path and query. */
    String target() {
        return path + query.map(q -> "?" + q).orElse("");
    }

    /** The {@code Host} header: the host, and the port when it is not the scheme's default. */
    String hostHeader() {
        return isDefaultPort() ? host.name() : host.name() + ":" + port;
    }

    /** The key under which requests to one host are counted and limited. */
    String origin() {
        return scheme + "://" + hostHeader();
    }

    boolean isHttps() {
        return scheme.equals("https");
    }

    private boolean isDefaultPort() {
        return port == (isHttps() ? 443 : 80);
    }

    /** The same address with another path and query. */
    WebAddress withTarget(String newPath, Optional<String> newQuery) {
        return new WebAddress(scheme, host, port, encode(newPath, false), newQuery.map(q -> encode(q, true)));
    }

    /** The URL as it is requested, for messages: {@code https://example.org/a%20b?x=1}. */
    @Override
    public String toString() {
        return origin() + target();
    }

    /** A URL without a scheme ({@code example.org/x}, {@code ???}). */
    public static final class MissingSchemeException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MissingSchemeException() {
            super("missing URL scheme");
        }
    }

    /** The scheme of a URL that is neither http nor https. */
    public static final class UnsupportedSchemeException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnsupportedSchemeException(String scheme) {
            super("unsupported protocol scheme \"" + scheme + "\"");
        }
    }

    private static boolean isScheme(String text) {
        if (text.isEmpty() || !isAsciiLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int port(String text, int defaultPort) {
        if (text.isEmpty()) {
            return defaultPort;
        }
        if (text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("invalid port " + text);
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("invalid port " + text);
        }
        return port;
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Percent-encodes what a request line must not carry raw. Valid {@code %XX} escapes and every
     * character RFC 3986 allows in a path (or query) are kept as they are.
     */
    static String encode(String text, boolean query) {
        StringBuilder out = new StringBuilder(text.length());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean escape = b == '%'
                    && i + 2 < bytes.length
                    && Character.digit(bytes[i + 1], 16) >= 0
                    && Character.digit(bytes[i + 2], 16) >= 0;
            if (escape || isAllowed(b, query)) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)));
                out.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isAllowed(int b, boolean query) {
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
            return true;
        }
        return "-._~!$&'()*+,;=:@/".indexOf(b) >= 0 || (query && b == '?');
    }

    /** RFC 3986, section 5.2.4. */
    static String removeDotSegments(String path) {
        String[] segments = path.split("/", -1);
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    out.addLast("");
                }
            } else if (segment.equals("..")) {
                if (out.size() > 1) {
                    out.removeLast();
                }
                if (last) {
                    out.addLast("");
                }
            } else {
                out.addLast(segment);
            }
        }
        String result = String.join("/", out);
        return result.startsWith("/") ? result : "/" + result;
    }
}
