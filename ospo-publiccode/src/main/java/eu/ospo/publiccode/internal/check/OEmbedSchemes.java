package eu.ospo.publiccode.internal.check;

/**
 * The oEmbed provider URL schemes, offline (publiccode-spec.md 3.5, videos). Thread-safe.
 */
public final class OEmbedSchemes {

    /**
     * The shared instance, loaded from resources on first use.
     *
     * @return the instance
     */
    public static OEmbedSchemes instance() {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Whether the URL matches a scheme: anchored, case-sensitive, literal except {@code *}, which
     * matches any run of characters (including {@code /}).
     *
     * @param url the URL
     * @return true if some provider's scheme matches
     */
    public boolean matches(String url) {
        throw new UnsupportedOperationException("TODO");
    }
}
