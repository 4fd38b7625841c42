package eu.ospo.testkit;

import eu.ospo.model.Identifier;
import eu.ospo.model.IdentifierScheme;
import eu.ospo.testkit.internal.Draw;
import eu.ospo.testkit.internal.IdentifierValues;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators of organisation identifiers that are well-formed by construction, one per scheme: the
 * values pass {@link IdentifierScheme#isWellFormed(String)}.
 */
public final class Identifiers {

    private Identifiers() {}

    /**
     * Identifiers in any scheme.
     *
     * @return the generator
     */
    public static Gen<Identifier> any() {
        return in -> {
            Draw draw = new Draw(in);
            return IdentifierValues.identifier(draw, draw.pick(List.of(IdentifierScheme.values())));
        };
    }

    /**
     * Identifiers in one scheme.
     *
     * @param scheme the scheme
     * @return the generator
     */
    public static Gen<Identifier> of(IdentifierScheme scheme) {
        return in -> IdentifierValues.identifier(new Draw(in), scheme);
    }

    /**
     * Dutch OINs: a register prefix {@code 00000001}–{@code 00000011} (not the test prefix), then 9
     * digits and {@code 000}, or for prefix {@code 00000003} an 8-digit KvK number and {@code 0000}.
     *
     * @return the generator
     */
    public static Gen<Identifier> oin() {
        return of(IdentifierScheme.NL_OIN);
    }

    /**
     * Dutch KvK numbers: 8 digits.
     *
     * @return the generator
     */
    public static Gen<Identifier> kvk() {
        return of(IdentifierScheme.NL_KVK);
    }

    /**
     * TOOI URIs of municipalities ({@code gm} + 4 digits), provinces ({@code pv} + 2), water boards
     * ({@code ws} + 4) and ministries ({@code mnre} + 4).
     *
     * @return the generator
     */
    public static Gen<Identifier> tooi() {
        return of(IdentifierScheme.NL_TOOI);
    }

    /**
     * Italian iPA codes that are in the iPA index (Roma Capitale {@code c_h501}, Milano {@code c_f205},
     * AgID {@code agid}, ...), so a registry check accepts them too.
     *
     * @return the generator
     */
    public static Gen<Identifier> ipa() {
        return of(IdentifierScheme.IT_IPA);
    }

    /**
     * ISO 6523 identifiers {@code ICD:id} under ICDs 0190 (an OIN), 0106 (a KvK number), 0088,
     * 0208, 0009 and 0060 (digits of the length each uses).
     *
     * @return the generator
     */
    public static Gen<Identifier> iso6523() {
        return of(IdentifierScheme.ISO6523);
    }

    /**
     * LEIs: 18 digits or upper-case letters ({@code 00} at positions 5–6) and the ISO 7064 MOD 97-10
     * check digits computed for them.
     *
     * @return the generator
     */
    public static Gen<Identifier> lei() {
        return of(IdentifierScheme.LEI);
    }

    /**
     * Wikidata item ids, {@code Q1} to {@code Q999999999}.
     *
     * @return the generator
     */
    public static Gen<Identifier> wikidata() {
        return of(IdentifierScheme.WIKIDATA);
    }

    /**
     * European VAT numbers: a country prefix and 9 digits ({@code B} and 2 more for the Netherlands).
     *
     * @return the generator
     */
    public static Gen<Identifier> vat() {
        return of(IdentifierScheme.VAT);
    }
}
