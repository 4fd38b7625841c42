package eu.ospo.publiccode.internal.check;

/**
 * The 250 ISO 3166-1 alpha-2 codes the reference accepts (249 ISO codes plus XK). Thread-safe.
 *
 * <p>Loaded from the precomputed tables {@value #TABLES}, generated at build time from the bundled
 * {@value #SOURCE} by {@link CompactRegistries}.
 */
public final class CountryCodes {
    static final String SOURCE = "iso3166-alpha2.tsv";
    static final String TABLES = "iso3166-alpha2.tables";

    private final KeySet upperCaseCodes;

    private CountryCodes(KeySet upperCaseCodes) {
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

    /** Reads the bundled TSV (build time and tests). */
    static CountryCodes fromSource() {
        return new CountryCodes(KeySet.of(TsvColumn.read(SOURCE, 0)));
    }

    static CountryCodes fromTables(CompactTables tables) {
        return new CountryCodes(tables.set("codes"));
    }

    void writeTo(CompactTables.Writer writer) {
        writer.set("codes", upperCaseCodes);
    }

    /** The codes, upper-case (for tests). */
    KeySet codes() {
        return upperCaseCodes;
    }

    private static final class Holder {
        static final CountryCodes INSTANCE = fromTables(CompactTables.load(TABLES));
    }
}
