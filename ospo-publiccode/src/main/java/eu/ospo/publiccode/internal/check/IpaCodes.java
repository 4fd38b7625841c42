package eu.ospo.publiccode.internal.check;

/** The codes of the Italian public-administration index (iPA). Thread-safe. */
public final class IpaCodes {

    /**
     * The shared instance, loaded from resources on first use.
     *
     * @return the instance
     */
    public static IpaCodes instance() {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Whether the code is in the list, compared case-insensitively.
     *
     * @param code for example {@code pcm}
     * @return true if known
     */
    public boolean isKnown(String code) {
        throw new UnsupportedOperationException("TODO");
    }
}
