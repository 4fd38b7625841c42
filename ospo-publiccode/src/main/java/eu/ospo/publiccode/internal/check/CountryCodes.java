package eu.ospo.publiccode.internal.check;

/** The 250 ISO 3166-1 alpha-2 codes the reference accepts (249 ISO codes plus XK). Thread-safe. */
public final class CountryCodes {

    /**
     * The shared instance, loaded from resources on first use.
     *
     * @return the instance
     */
    public static CountryCodes instance() {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Whether the code is known, written all upper-case ({@code FR}) or all lower-case ({@code fr});
     * mixed case ({@code Fr}) is not.
     *
     * @param code the code
     * @return true if known
     */
    public boolean isKnown(String code) {
        throw new UnsupportedOperationException("TODO");
    }
}
