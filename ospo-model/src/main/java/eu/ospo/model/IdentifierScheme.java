package eu.ospo.model;

import eu.ospo.model.internal.identifier.Iso6523Syntax;
import eu.ospo.model.internal.identifier.Mod97;
import eu.ospo.model.internal.identifier.OinSyntax;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A register that identifies organisations ({@code identifiers[].scheme}), with the syntax check of
 * its values. The checks are offline and syntactic: whether a well-formed value is actually
 * registered (the Dutch COR, the Italian iPA index, GLEIF) is for the governance layer to look up.
 */
public enum IdentifierScheme implements Keyword {
    /**
     * {@code nl-oin}: Dutch Organisatie-identificatienummer, 20 digits: a known 8-digit register
     * prefix ({@code 00000001}–{@code 00000011}, or {@code 00000099} for test OINs), then a 9-digit
     * main number and {@code 000}, or for prefix {@code 00000003} an 8-digit KvK number and {@code
     * 0000}.
     */
    NL_OIN("nl-oin", OinSyntax::defect),
    /** {@code nl-kvk}: Dutch Chamber of Commerce (KvK) number, 8 digits. */
    NL_KVK("nl-kvk", matching("\\d{8}", "a KvK number has exactly 8 digits")),
    /**
     * {@code nl-tooi}: a TOOI organisation URI, {@code
     * https://identifier.overheid.nl/tooi/id/<type>/<code>} where the code is lower-case letters
     * followed by digits (for example {@code gm0344}).
     */
    NL_TOOI(
            "nl-tooi",
            matching(
                    "https://identifier\\.overheid\\.nl/tooi/id/[a-z]+/[a-z]+\\d+",
                    "a TOOI URI looks like https://identifier.overheid.nl/tooi/id/gemeente/gm0344")),
    /**
     * {@code it-ipa}: code of the Italian public-administration index (iPA), letters, digits and
     * underscores, compared case-insensitively (for example {@code c_h501}). Only the syntax is
     * checked here; membership of the index is checked by the governance layer against the iPA list.
     */
    IT_IPA("it-ipa", matching("[A-Za-z0-9_]+", "an iPA code has only letters, digits and underscores")),
    /**
     * {@code iso6523}: ISO/IEC 6523 {@code ICD:id[:part]} with a 4-digit ICD; ids under ICD {@code
     * 0190} must be OINs and under {@code 0106} KvK numbers.
     */
    ISO6523("iso6523", Iso6523Syntax::defect),
    /**
     * {@code lei}: Legal Entity Identifier (ISO 17442), 18 digits or upper-case letters and 2 check
     * digits that verify with ISO/IEC 7064 MOD 97-10.
     */
    LEI("lei", IdentifierScheme::leiDefect),
    /** {@code wikidata}: a Wikidata item id, {@code Q} and a number without leading zeros. */
    WIKIDATA("wikidata", matching("Q[1-9]\\d*", "a Wikidata item id is Q followed by a number, like Q42")),
    /**
     * {@code vat}: a European VAT number, a 2-letter country prefix and 2–12 digits, upper-case
     * letters, {@code +} or {@code *}.
     */
    VAT("vat", matching("[A-Z]{2}[0-9A-Z+*]{2,12}", "a VAT number is a 2-letter country prefix and 2-12 characters"));

    private static final Pattern LEI_SHAPE = Pattern.compile("[A-Z0-9]{18}\\d{2}");

    private final String value;
    private final Function<String, Optional<String>> check;

    IdentifierScheme(String value, Function<String, Optional<String>> check) {
        this.value = value;
        this.check = check;
    }

    @Override
    public String value() {
        return value;
    }

    /**
     * What is wrong with a value under this scheme.
     *
     * @param value the identifier's value
     * @return a short explanation, or empty if the value is well-formed
     */
    public Optional<String> defect(String value) {
        return check.apply(value);
    }

    /**
     * Whether a value is well-formed under this scheme.
     *
     * @param value the identifier's value
     * @return true if {@link #defect(String)} finds nothing
     */
    public boolean isWellFormed(String value) {
        return defect(value).isEmpty();
    }

    private static Function<String, Optional<String>> matching(String regex, String explanation) {
        Pattern pattern = Pattern.compile(regex);
        return value -> pattern.matcher(value).matches() ? Optional.empty() : Optional.of(explanation);
    }

    private static Optional<String> leiDefect(String value) {
        if (!LEI_SHAPE.matcher(value).matches()) {
            return Optional.of("a LEI has 18 digits or upper-case letters and 2 check digits");
        }
        if (!Mod97.verifies(value)) {
            return Optional.of("the LEI check digits do not verify (ISO 7064 MOD 97-10)");
        }
        return Optional.empty();
    }
}
