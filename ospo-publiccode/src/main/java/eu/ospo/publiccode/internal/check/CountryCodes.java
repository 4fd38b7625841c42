package eu.ospo.publiccode.internal.check;

import java.util.Set;

/** The 250 ISO 3166-1 alpha-2 codes the reference accepts (249 ISO codes plus XK). Thread-safe. */
public final class CountryCodes {
    private final Set<String> upperCaseCodes;

    private CountryCodes(Set<String> upperCaseCodes) {
        this.upperCaseCodes = upperCaseCodes;
    }

    /**
     * The shared instance, loaded from resources on first use.
     *
     * @return the instance
     */
    public static CountryCodes instance() {
        return Holder.INSTANCE;
    }

    /**
     * Whether the code is known, written all upper-case ({@code FR}) or all lower-case ({@code fr});
     * mixed case ({@code Fr}) is not.
     *
     * @param code the code
     * @return true if known
     */
    public boolean isKnown(String code) {
        String upper = AsciiCase.toUpper(code);
        boolean oneCase = code.equals(upper) || code.equals(AsciiCase.toLower(code));
        return oneCase && upperCaseCodes.contains(upper);
    }

    /** How many codes the table holds. */
    int size() {
        return upperCaseCodes.size();
    }

    private static final class Holder {
        static final CountryCodes INSTANCE = new CountryCodes(Set.copyOf(TsvColumn.read("iso3166-alpha2.tsv", 0)));
    }
}
