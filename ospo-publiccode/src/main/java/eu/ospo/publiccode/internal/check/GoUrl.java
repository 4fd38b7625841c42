package eu.ospo.publiccode.internal.check;

import java.util.Optional;

/**
 * A URL split the way Go's {@code net/url} does it, which is what the reference validator's URL
 * checks are built on. Only the parts and errors those checks look at are modelled; values are
 * kept as written (percent-escapes are validated, not decoded), except that the scheme is
 * lower-cased as Go does.
 *
 * <p>Behaviour reproduced from Go's {@code net/url}, since it decides what is valid:
 *
 * <ul>
 *   <li>Any ASCII control character (below U+0020, or U+007F) is an error.
 *   <li>The scheme is a letter followed by letters, digits, {@code + - .}, ended by {@code :}. A
 *       leading {@code :} is an error ("missing protocol scheme"); text that does not start like a
 *       scheme simply has none ({@code 1:x} is then a relative path, see below).
 *   <li>{@link #parse} cuts the fragment at the first {@code #} before anything else; {@link
 *       #parseRequestUri} does not (a {@code #} stays in the path or opaque part).
 *   <li>The query starts at the first {@code ?} (a lone trailing {@code ?} is an empty query).
 *   <li>With a scheme and a rest not starting with {@code /}, the rest is the opaque part ({@code
 *       mailto:x}, {@code urn:a:b}, also {@code http:} with an empty one) and parsing ends.
 *   <li>Without a scheme, {@code parseRequestUri} demands an absolute path, and {@code parse}
 *       rejects a first path segment containing {@code :}.
 *   <li>{@code //authority} is read when there is a scheme, or for {@code parse} when the text
 *       does not start with {@code ///}. The host is after the last {@code @}; userinfo before it
 *       must use only {@code A-Za-z0-9 - . _ : ~ ! $ & ' ( ) * + , ; = % @}; a {@code :port} must
 *       be digits; host characters must be letters, digits, {@code - . _ ~ ! $ & ' ( ) * + , ; = :
 *       < > "} or non-ASCII (a space is an error); in the host {@code %XX} may only encode bytes
 *       0x80 and up, or be {@code %25}.
 *   <li>A host starting with {@code [} is an IP literal: {@code ]} is required, and what is
 *       inside must be an IPv6 address, optionally with a {@code %25} zone ({@link Ipv6Literal}).
 *       Recent Go releases check this as well. Brackets anywhere else in a host are rejected here,
 *       as RFC 3986 says (older Go let them through).
 *   <li>Every {@code %} in userinfo, host, path and fragment must be followed by two hex digits.
 *       The query is not checked.
 * </ul>
 */
final class GoUrl {
    private final String scheme;
    private final String opaque;
    private final String host;
    private final String path;
    private final String fragment;

    private GoUrl(String scheme, String opaque, String host, String path, String fragment) {
        this.scheme = scheme;
        this.opaque = opaque;
        this.host = host;
        this.path = path;
        this.fragment = fragment;
    }

    /** Go's {@code url.Parse}: a URL reference, possibly relative, with an optional fragment. */
    static Optional<GoUrl> parse(String text) {
        int hash = text.indexOf('#');
        String beforeFragment = hash < 0 ? text : text.substring(0, hash);
        String fragment = hash < 0 ? "" : text.substring(hash + 1);
        Optional<GoUrl> url = parse(beforeFragment, false);
        if (url.isEmpty() || !validEscapes(fragment)) {
            return Optional.empty();
        }
        GoUrl u = url.get();
        return Optional.of(new GoUrl(u.scheme, u.opaque, u.host, u.path, fragment));
    }

    /** Go's {@code url.ParseRequestURI}: an absolute URI or an absolute path, no fragment. */
    static Optional<GoUrl> parseRequestUri(String text) {
        return parse(text, true);
    }

    private static Optional<GoUrl> parse(String text, boolean viaRequest) {
        if (containsControl(text) || (viaRequest && text.isEmpty())) {
            return Optional.empty();
        }
        if (text.equals("*")) {
            return Optional.of(new GoUrl("", "", "", "*", ""));
        }
        int colon = schemeEnd(text);
        if (colon == 0) {
            return Optional.empty(); // "missing protocol scheme"
        }
        String scheme = colon < 0 ? "" : AsciiCase.toLower(text.substring(0, colon));
        String rest = colon < 0 ? text : text.substring(colon + 1);

        int question = rest.indexOf('?');
        if (question >= 0) {
            rest = rest.substring(0, question);
        }

        if (!rest.startsWith("/")) {
            if (!scheme.isEmpty()) {
                return Optional.of(new GoUrl(scheme, rest, "", "", ""));
            }
            if (viaRequest) {
                return Optional.empty(); // "invalid URI for request"
            }
            int slash = rest.indexOf('/');
            String firstSegment = slash < 0 ? rest : rest.substring(0, slash);
            if (firstSegment.indexOf(':') >= 0) {
                return Optional.empty(); // "first path segment in URL cannot contain colon"
            }
        }

        String host = "";
        boolean authority = (!scheme.isEmpty() || (!viaRequest && !rest.startsWith("///"))) && rest.startsWith("//");
        if (authority) {
            String afterSlashes = rest.substring(2);
            int slash = afterSlashes.indexOf('/');
            String auth = slash < 0 ? afterSlashes : afterSlashes.substring(0, slash);
            rest = slash < 0 ? "" : afterSlashes.substring(slash);
            int at = auth.lastIndexOf('@');
            host = at < 0 ? auth : auth.substring(at + 1);
            if (!validHost(host) || (at >= 0 && !validUserinfo(auth.substring(0, at)))) {
                return Optional.empty();
            }
        }
        if (!validEscapes(rest)) {
            return Optional.empty();
        }
        return Optional.of(new GoUrl(scheme, "", host, rest, ""));
    }

    /** The index of the colon ending a scheme, 0 for a leading colon, -1 if there is no scheme. */
    static int schemeEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                continue;
            }
            if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
                if (i == 0) {
                    return -1;
                }
                continue;
            }
            return c == ':' ? i : -1;
        }
        return -1;
    }

    private static boolean containsControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static boolean validUserinfo(String userinfo) {
        for (int i = 0; i < userinfo.length(); i++) {
            char c = userinfo.charAt(i);
            if (!isAsciiAlphanumeric(c) && "-._:~!$&'()*+,;=%@".indexOf(c) < 0) {
                return false;
            }
        }
        return validEscapes(userinfo);
    }

    private static boolean validHost(String host) {
        if (host.startsWith("[")) {
            int close = host.lastIndexOf(']');
            return close > 0
                    && validOptionalPort(host.substring(close + 1))
                    && Ipv6Literal.isValid(host.substring(1, close));
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && !validOptionalPort(host.substring(colon))) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == '%') {
                if (!isEscape(host, i)) {
                    return false;
                }
                boolean lowByte = Character.digit(host.charAt(i + 1), 16) < 8;
                if (lowByte && !host.startsWith("%25", i)) {
                    return false;
                }
                i += 2;
            } else if (c < 0x80 && !isAsciiAlphanumeric(c) && "-._~!$&'()*+,;=:<>\"".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean validOptionalPort(String colonPort) {
        if (colonPort.isEmpty()) {
            return true;
        }
        if (colonPort.charAt(0) != ':') {
            return false;
        }
        for (int i = 1; i < colonPort.length(); i++) {
            char c = colonPort.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether every {@code %} in the text starts a {@code %XX} escape. */
    private static boolean validEscapes(String text) {
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 3)) {
            if (!isEscape(text, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEscape(String text, int percent) {
        return percent + 2 < text.length()
                && Character.digit(text.charAt(percent + 1), 16) >= 0
                && Character.digit(text.charAt(percent + 2), 16) >= 0
                && text.charAt(percent + 1) < 0x80
                && text.charAt(percent + 2) < 0x80;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The lower-cased scheme, or empty. */
    String scheme() {
        return scheme;
    }

    /** The opaque part ({@code x} in {@code mailto:x}), or empty. */
    String opaque() {
        return opaque;
    }

    /** The host, with any port, still escaped; empty when there is no authority or it is empty. */
    String host() {
        return host;
    }

    /** The path, still escaped. */
    String path() {
        return path;
    }

    /** The fragment, still escaped (always empty from {@link #parseRequestUri}). */
    String fragment() {
        return fragment;
    }
}
