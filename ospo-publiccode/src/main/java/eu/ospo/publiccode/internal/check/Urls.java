package eu.ospo.publiccode.internal.check;

import java.util.Optional;

/** URL, URI and URN checks with the reference validator's semantics (publiccode-spec.md 3.2, 3.3, 3.11). */
public final class Urls {
    private Urls() {}

    /**
     * The reference's "url" check (used for {@code url}, {@code isBasedOn}): parses, has a scheme,
     * and a host (a {@code file:} URL needs a path instead). Compared case-insensitively.
     *
     * @param text the value
     * @return true if valid
     */
    public static boolean isUrl(String text) {
        throw new UnsupportedOperationException("TODO");
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
        throw new UnsupportedOperationException("TODO");
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
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * If the value is a URN in the {@code x-italian-pa} namespace (namespace compared
     * case-insensitively), the code after it.
     *
     * @param text the value, for example {@code urn:x-italian-pa:pcm}
     * @return the code ({@code pcm}), or empty when the value is not such a URN
     */
    public static Optional<String> italianPaCode(String text) {
        throw new UnsupportedOperationException("TODO");
    }
}
