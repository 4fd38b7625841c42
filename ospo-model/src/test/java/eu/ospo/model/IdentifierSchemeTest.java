package eu.ospo.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import eu.ospo.model.internal.identifier.Mod97;
import java.math.BigInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierSchemeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        // nl-oin: prefix register, 9-digit main number + 000, or KvK (00000003) 8 digits + 0000
        "NL_OIN, 00000001002220647000, true",
        "NL_OIN, 00000001822477348000, true",
        "NL_OIN, 00000004194049711000, true",
        "NL_OIN, 00000003123456780000, true",
        "NL_OIN, 00000099123456789000, true",
        "NL_OIN, 00000003123456789000, false",
        "NL_OIN, 00000001002220647001, false",
        "NL_OIN, 00000012002220647000, false",
        "NL_OIN, 00000000002220647000, false",
        "NL_OIN, 0000000100222064700, false",
        "NL_OIN, 000000010022206470000, false",
        "NL_OIN, 0000000100222064A000, false",
        // nl-kvk
        "NL_KVK, 12345678, true",
        "NL_KVK, 1234567, false",
        "NL_KVK, 123456789, false",
        "NL_KVK, 1234567a, false",
        // nl-tooi
        "NL_TOOI, https://identifier.overheid.nl/tooi/id/gemeente/gm0344, true",
        "NL_TOOI, https://identifier.overheid.nl/tooi/id/ministerie/mnre1034, true",
        "NL_TOOI, http://identifier.overheid.nl/tooi/id/gemeente/gm0344, false",
        "NL_TOOI, https://identifier.overheid.nl/tooi/id/gemeente/GM0344, false",
        "NL_TOOI, https://identifier.overheid.nl/tooi/id/gemeente/gm0344/, false",
        "NL_TOOI, https://identifier.overheid.nl/tooi/id/gemeente/0344, false",
        // it-ipa (syntax only)
        "IT_IPA, c_h501, true",
        "IT_IPA, PCM, true",
        "IT_IPA, 00L7M4KW, true",
        "IT_IPA, c h501, false",
        "IT_IPA, urn:x-italian-pa:c_h501, false",
        // iso6523 ICD:id[:part], with OIN and KvK ids checked under 0190 and 0106
        "ISO6523, 0106:12345678, true",
        "ISO6523, 0190:00000001002220647000, true",
        "ISO6523, 0088:5790000435975, true",
        "ISO6523, 0088:5790000435975:dept-7, true",
        "ISO6523, 0106:1234567, false",
        "ISO6523, 0190:00000001002220647001, false",
        "ISO6523, 106:12345678, false",
        "ISO6523, 0106 12345678, false",
        "ISO6523, 0088:, false",
        "ISO6523, 0088:a b, false",
        "ISO6523, 0088:123456789012345678901234567890123456, false",
        // lei: 18 alphanumerics + 2 digits, ISO 7064 MOD 97-10 (Bloomberg's LEI is real)
        "LEI, 5493001KJTIIGC8Y1R12, true",
        "LEI, 5493001KJTIIGC8Y1R13, false",
        "LEI, 5493001KJTIIGC8Y1R21, false",
        "LEI, 5493001kjtiigc8y1r12, false",
        "LEI, 5493001KJTIIGC8Y1R1, false",
        "LEI, 5493001KJTIIGC8Y1RAB, false",
        // wikidata
        "WIKIDATA, Q42, true",
        "WIKIDATA, Q1, true",
        "WIKIDATA, q42, false",
        "WIKIDATA, Q042, false",
        "WIKIDATA, Q, false",
        "WIKIDATA, P31, false",
        // vat (syntax only)
        "VAT, NL123456789B01, true",
        "VAT, DE123456789, true",
        "VAT, nl123456789B01, false",
        "VAT, N123456789, false",
    })
    void checksSyntax(IdentifierScheme scheme, String value, boolean wellFormed) {
        assertThat(scheme.isWellFormed(value)).isEqualTo(wellFormed);
        assertThat(scheme.defect(value).isEmpty()).isEqualTo(wellFormed);
        assertThat(new Identifier(scheme, value).isWellFormed()).isEqualTo(wellFormed);
    }

    @Test
    void explainsOinDefects() {
        assertThat(IdentifierScheme.NL_OIN.defect("00000012002220647000"))
                .contains("OIN prefix 00000012 names no known register");
        assertThat(IdentifierScheme.NL_OIN.defect("00000003123456789000"))
                .contains("an OIN with prefix 00000003 ends in 0000");
    }

    @Test
    void computedLeisVerify() {
        for (String base :
                new String[] {"529900ABCDEFGHIJKL", "000000000000000000", "ZZZZZZZZZZZZZZZZZZ", "5493001KJTIIGC8Y1R"}) {
            String lei = base + oracleCheckDigits(base);
            assertThat(IdentifierScheme.LEI.isWellFormed(lei)).as(lei).isTrue();
        }
        assertThat(oracleCheckDigits("5493001KJTIIGC8Y1R")).isEqualTo("12");
    }

    @Test
    void checkDigitsAgreeWithABigIntegerOracle() {
        qt().forAll(lists().of(integers().between(0, 35)).ofSize(18)).checkAssert(indexes -> {
            String base = indexes.stream()
                    .map(i -> String.valueOf(ALPHABET.charAt(i)))
                    .collect(Collectors.joining());
            String digits = Mod97.checkDigits(base);
            assertThat(digits).isEqualTo(oracleCheckDigits(base));
            assertThat(IdentifierScheme.LEI.isWellFormed(base + digits)).isTrue();
            String other = String.format("%02d", (Integer.parseInt(digits) + 1) % 100);
            assertThat(IdentifierScheme.LEI.isWellFormed(base + other)).isFalse();
        });
    }

    @Test
    void keywordsRoundTrip() {
        for (IdentifierScheme scheme : IdentifierScheme.values()) {
            assertThat(Keyword.fromValue(IdentifierScheme.class, scheme.value()))
                    .contains(scheme);
        }
        assertThat(Keyword.fromValue(IdentifierScheme.class, "duns")).isEmpty();
    }

    /** Independent ISO 7064 MOD 97-10: letters to 10..35, check = 98 - (n * 100 mod 97). */
    private static String oracleCheckDigits(String base) {
        StringBuilder digits = new StringBuilder();
        for (char c : base.toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        int check =
                98 - new BigInteger(digits + "00").mod(BigInteger.valueOf(97)).intValue();
        return String.format("%02d", check);
    }
}
