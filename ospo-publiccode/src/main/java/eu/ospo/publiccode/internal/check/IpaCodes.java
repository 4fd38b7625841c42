package eu.ospo.publiccode.internal.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The codes of the Italian public-administration index (iPA). Thread-safe.
 *
 * <p>Loaded from the precomputed tables {@value #TABLES}, generated at build time from the bundled
 * {@value #SOURCE} by {@link CompactRegistries}.
 */
public final class IpaCodes {
    static final String SOURCE = "it-ipa-codes.tsv";
    static final String TABLES = "it-ipa-codes.tables";

    private final KeySet lowerCaseCodes;

    private IpaCodes(KeySet lowerCaseCodes) {
        this.lowerCaseCodes = lowerCaseCodes;
    }

    /**
     * The shared instance, loaded from resources on first use.
     *
     * @return the instance
     */
    public static IpaCodes instance() {
        return Holder.INSTANCE;
    }

    /**
     * Whether the code is in the list, compared case-insensitively.
     *
     * @param code for example {@code pcm}
     * @return true if known
     */
    public boolean isKnown(String code) {
        return lowerCaseCodes.contains(AsciiCase.toLower(code));
    }

    /** How many codes the list holds. */
    int size() {
        return lowerCaseCodes.size();
    }

    /** Reads the bundled TSV (build time and tests). */
    static IpaCodes fromSource() {
        List<String> codes = new ArrayList<>();
        for (String code : TsvColumn.read(SOURCE, 0)) {
            codes.add(AsciiCase.toLower(code));
        }
        return new IpaCodes(KeySet.of(codes));
    }

    static IpaCodes fromTables(CompactTables tables) {
        return new IpaCodes(tables.set("codes"));
    }

    void writeTo(CompactTables.Writer writer) {
        writer.set("codes", lowerCaseCodes);
    }

    /** The codes, lower-case (for tests). */
    KeySet codes() {
        return lowerCaseCodes;
    }

    private static final class Holder {
        static final IpaCodes INSTANCE = fromTables(CompactTables.load(TABLES));
    }
}
