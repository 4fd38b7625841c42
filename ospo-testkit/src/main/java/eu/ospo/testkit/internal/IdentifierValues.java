package eu.ospo.testkit.internal;

import eu.ospo.model.Identifier;
import eu.ospo.model.IdentifierScheme;
import java.util.List;

/**
 * Well-formed identifier values for each scheme, valid by construction: OINs with a known register
 * prefix and the suffix that prefix needs, LEIs with computed check digits, ISO 6523 identifiers
 * whose id passes the check its ICD requires, iPA codes that are in the iPA index.
 */
public final class IdentifierValues {

    /** OIN register prefixes in use (the test prefix 00000099 is left out). */
    static final List<String> OIN_PREFIXES = List.of(
            "00000001",
            "00000002",
            "00000003",
            "00000004",
            "00000005",
            "00000006",
            "00000007",
            "00000008",
            "00000009",
            "00000010",
            "00000011");

    /** The OIN prefix whose main number is an 8-digit KvK number. */
    static final String OIN_KVK_PREFIX = "00000003";

    /** TOOI organisation types with the code prefix and digit count they use. */
    private static final List<String[]> TOOI_TYPES = List.of(
            new String[] {"gemeente", "gm", "4"},
            new String[] {"provincie", "pv", "2"},
            new String[] {"waterschap", "ws", "4"},
            new String[] {"ministerie", "mnre", "4"});

    /** Codes of the Italian iPA index (municipalities, a region, ministries, agencies). */
    public static final List<String> IPA_CODES = List.of(
            "c_h501", "c_f205", "c_l219", "c_a944", "c_f839", "c_g273", "c_d612", "c_l736", "r_lazio", "m_it", "agid",
            "PCM");

    /** ICDs with a well-known id shape: code, digits (0 = the scheme's own check). */
    private static final List<String[]> ICDS = List.of(
            new String[] {"0190", "0"}, // Dutch OIN
            new String[] {"0106", "8"}, // Dutch KvK number
            new String[] {"0088", "13"}, // GS1 GLN
            new String[] {"0208", "10"}, // Belgian enterprise number
            new String[] {"0009", "14"}, // French SIRET
            new String[] {"0060", "9"}); // DUNS

    private static final List<String> VAT_COUNTRIES =
            List.of("AT", "BE", "DE", "DK", "EL", "ES", "FI", "FR", "IT", "NL");

    private IdentifierValues() {}

    /**
     * A well-formed identifier in a scheme.
     *
     * @param draw the source
     * @param scheme the scheme
     * @return the identifier
     */
    public static Identifier identifier(Draw draw, IdentifierScheme scheme) {
        return new Identifier(scheme, value(draw, scheme));
    }

    /**
     * A well-formed value in a scheme.
     *
     * @param draw the source
     * @param scheme the scheme
     * @return the value
     */
    public static String value(Draw draw, IdentifierScheme scheme) {
        return switch (scheme) {
            case NL_OIN -> oin(draw);
            case NL_KVK -> draw.digits(8);
            case NL_TOOI -> tooi(draw);
            case IT_IPA -> draw.pick(IPA_CODES);
            case ISO6523 -> iso6523(draw);
            case LEI -> lei(draw);
            case WIKIDATA -> "Q" + draw.between(1, 999_999_999);
            case VAT -> vat(draw);
        };
    }

    /**
     * A Dutch OIN: a register prefix, then 9 digits and {@code 000}, or for the KvK prefix 8 digits
     * and {@code 0000}.
     *
     * @param draw the source
     * @return 20 digits
     */
    public static String oin(Draw draw) {
        String prefix = draw.pick(OIN_PREFIXES);
        return OIN_KVK_PREFIX.equals(prefix) ? prefix + draw.digits(8) + "0000" : prefix + draw.digits(9) + "000";
    }

    /**
     * A TOOI organisation URI.
     *
     * @param draw the source
     * @return for example {@code https://identifier.overheid.nl/tooi/id/gemeente/gm0344}
     */
    public static String tooi(Draw draw) {
        String[] type = draw.pick(TOOI_TYPES);
        return "https://identifier.overheid.nl/tooi/id/" + type[0] + "/" + type[1]
                + draw.digits(Integer.parseInt(type[2]));
    }

    /**
     * A LEI: 4 characters of the issuing unit, {@code 00}, 12 characters and MOD 97-10 check digits.
     *
     * @param draw the source
     * @return 20 characters that verify
     */
    public static String lei(Draw draw) {
        String base = draw.alphanumerics(4) + "00" + draw.alphanumerics(12);
        return base + CheckDigits.mod97(base);
    }

    /**
     * An ISO 6523 identifier {@code ICD:id}, the id shaped as its ICD needs.
     *
     * @param draw the source
     * @return the identifier
     */
    public static String iso6523(Draw draw) {
        String[] icd = draw.pick(ICDS);
        int digits = Integer.parseInt(icd[1]);
        return icd[0] + ":" + (digits == 0 ? oin(draw) : draw.digits(digits));
    }

    /**
     * A European VAT number: a country prefix and 9 digits (Dutch numbers add {@code B} and 2
     * digits).
     *
     * @param draw the source
     * @return the number
     */
    public static String vat(Draw draw) {
        String country = draw.pick(VAT_COUNTRIES);
        String number = country + draw.digits(9);
        return "NL".equals(country) ? number + "B" + draw.digits(2) : number;
    }
}
