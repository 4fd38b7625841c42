package eu.ospo.publiccode.internal.check;

import java.util.Locale;
import java.util.Optional;

/**
 * URL, URI and URN checks with the reference validator's semantics (publiccode-spec.md 3.2, 3.3,
 * 3.11).
 *
 * <p>The reference parses with Go's {@code net/url} ({@link GoUrl} reproduces the parts that
 * matter) and then applies go-playground's {@code url} and {@code http_url} rules, or its own
 * organisation-URI rule. Cases this leads to, chosen on purpose:
 *
 * <ul>
 *   <li>{@code url}: the value is lower-cased first. {@code file:/…} is accepted if it parses as a
 *       request URI; any other {@code file:} value needs a path other than {@code /}. Other schemes
 *       need a host, a fragment or an opaque part: so {@code mailto:x@y.z}, {@code urn:a:b}, {@code
 *       foo:bar} and even {@code http:foo} or {@code http://#top} pass, while {@code http://},
 *       {@code http:} and {@code foobar} (no scheme) fail.
 *   <li>{@code http_url}: a {@code url} whose scheme is {@code http} or {@code https} (any case)
 *       and whose host (port included) is not empty: {@code http://:80} passes, as in Go.
 *   <li>Organisation URI: parsed as a request URI, not lower-cased, the fragment not split off (so
 *       {@code https://example.org#x} fails: {@code #} is not a host character). A {@code urn}
 *       scheme (any case) must make the whole value an RFC 2141 URN ({@link Rfc2141Urn}); any other
 *       scheme needs a non-empty host.
 *   <li>A value Go cannot parse at all (a space or control character in the host, a bad {@code %}
 *       escape, {@code :} at the start) fails every check here. The reference reports some of
 *       these as a type error instead; telling the two apart is the caller's business.
 *   <li>The reference validates the URL as Go re-serialises it; the value is checked as written
 *       here. They differ only in escaping, which does not change any verdict above.
 * </ul>
 */
public final class Urls {
    private static final String URN_PREFIX = "urn:";
    private static final String ITALIAN_PA_NAMESPACE = "x-italian-pa:";

    private Urls() {}

    /**
     * Whether the text starts with a URI scheme and its colon ({@code ALPHA *( ALPHA / DIGIT / "+" /
     * "-" / "." ) ":"}): an absolute URL rather than a relative reference. Read character by
     * character, not by a regular expression: file references and rulesets ask it of every value.
     *
     * @param text the text
     * @return true when a scheme starts it
     */
    public static boolean hasScheme(String text) {
        return GoUrl.schemeEnd(text) > 0;
    }

    /**
     * The reference's "url" check (used for {@code url}, {@code isBasedOn}): parses, has a scheme,
     * and a host (a {@code file:} URL needs a path instead). Compared case-insensitively.
     *
     * @param text the value
     * @return true if valid
     */
    public static boolean isUrl(String text) {
        if (text.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:/") && GoUrl.parseRequestUri(lower).isPresent()) {
            return true;
        }
        Optional<GoUrl> parsed = GoUrl.parse(lower);
        if (parsed.isEmpty() || parsed.get().scheme().isEmpty()) {
            return false;
        }
        GoUrl url = parsed.get();
        if (url.scheme().equals("file")) {
            return !url.path().isEmpty() && !url.path().equals("/");
        }
        return !url.host().isEmpty()
                || !url.fragment().isEmpty()
                || !url.opaque().isEmpty();
    }

    /**
     * The reference's "http_url" check ({@code landingURL}, {@code roadmap}, {@code documentation},
     * {@code apiDocumentation}, {@code videos}, contractor {@code website}): a URL with scheme {@code
     * http} or {@code https} (any case) and a non-empty host.
     *
     * @param text the value
     * @return true if valid
     */
    public static boolean isHttpUrl(String text) {
        if (!isUrl(text)) {
            return false;
        }
        Optional<GoUrl> parsed = GoUrl.parse(text.toLowerCase(Locale.ROOT));
        if (parsed.isEmpty() || parsed.get().host().isEmpty()) {
            return false;
        }
        String scheme = parsed.get().scheme();
        return scheme.equals("http") || scheme.equals("https");
    }

    /**
     * The organisation-URI check ({@code organisation.uri}, {@code fundedBy[].uri}, non-alias {@code
     * supports[].id}): an absolute URI; if the scheme is {@code urn} (any case) it must be an RFC 2141
     * URN ({@code urn:<NID>:<NSS>}, NID 1-32 letters/digits/hyphens not starting with a hyphen, NSS
     * non-empty with the RFC's characters); any other scheme needs a host. {@code http://foobar.example},
     * {@code urn:foobar:baz}, {@code urn:iso:std:iso:27001} are valid; {@code ""}, {@code 1}, {@code
     * http}, {@code http:}, {@code http://}, {@code urn}, {@code urn:}, {@code urn:foobar}, {@code pcm}
     * are not. The iPA-code lookup is not part of this check.
     *
     * @param text the value
     * @return true if valid
     */
    public static boolean isUri(String text) {
        Optional<GoUrl> parsed = GoUrl.parseRequestUri(text);
        if (parsed.isEmpty()) {
            return false;
        }
        GoUrl url = parsed.get();
        if (url.scheme().equals("urn")) {
            return Rfc2141Urn.isValid(text);
        }
        return !url.scheme().isEmpty() && !url.host().isEmpty();
    }

    /**
     * If the value is a URN in the {@code x-italian-pa} namespace (namespace compared
     * case-insensitively), the code after it.
     *
     * <p>Only the {@code urn:x-italian-pa:} prefix is looked at (ASCII letters in any case); whether
     * the whole value is a valid URN is {@link #isUri}'s job. The code may be empty ({@code
     * urn:x-italian-pa:}).
     *
     * @param text the value, for example {@code urn:x-italian-pa:pcm}
     * @return the code ({@code pcm}), or empty when the value is not such a URN
     */
    public static Optional<String> italianPaCode(String text) {
        String prefix = URN_PREFIX + ITALIAN_PA_NAMESPACE;
        if (text.length() < prefix.length()
                || !AsciiCase.toLower(text.substring(0, prefix.length())).equals(prefix)) {
            return Optional.empty();
        }
        return Optional.of(text.substring(prefix.length()));
    }
}
