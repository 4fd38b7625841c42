package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagsTest {

    private final LanguageTags tags = LanguageTags.instance();

    @Test
    void readsTheWholeRegistry() {
        LanguageSubtagRegistry.Parsed parsed = LanguageSubtagRegistry.parseSource();
        assertThat(parsed.records()).isEqualTo(9281);
        // the precomputed tables the validator loads hold the same registry (CompactRegistriesTest)
        LanguageSubtagRegistry registry = tags.registry();
        // 8268 language records, one of them the range qaa..qtz (20 x 26 subtags)
        assertThat(registry.languageCount()).isEqualTo(8267 + 520);
        assertThat(registry.extlangCount()).isEqualTo(256);
        // 225 script records, one of them the range Qaaa..Qabx (50 subtags)
        assertThat(registry.scriptCount()).isEqualTo(224 + 50);
        // 305 region records, two of them the ranges QM..QZ (14) and XA..XZ (26)
        assertThat(registry.regionCount()).isEqualTo(303 + 14 + 26);
        assertThat(registry.variantCount()).isEqualTo(134);
        assertThat(registry.grandfatheredCount()).isEqualTo(26);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "en",
                "it",
                "en-GB",
                "en-US",
                "sl-IT-nedis",
                "zh-Hant-TW",
                "de-CH-1996",
                "x-foo",
                "i-klingon",
                "EN-gb",
                "En-Gb",
                "en-GB-oed", // grandfathered
                "zh-min-nan", // grandfathered
                "art-lojban",
                "zh-yue", // extlang after its prefix
                "sgn-ase",
                "en-XX", // private-use region range XA..XZ
                "en-QM",
                "en-AA",
                "en-ZZ",
                "qaa", // private-use language range
                "qtz-Qabx",
                "en-419",
                "es-419",
                "iw", // deprecated, but registered
                "de-DD",
                "sl-rozaj-biske-1994",
                "ja-Latn-hepburn-heploc",
                "de-1996",
                "de-DE-u-co-phonebk",
                "en-a-bbb-b-ccc",
                "en-x-private",
                "en-GB-x-a-b-c",
                "x-foo-bar",
                "x-a",
                "yue",
                "und",
                "sr-Latn-RS"
            })
    void acceptsValidTags(String tag) {
        assertThat(tags.isValid(tag)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "eng", // en exists, so eng is not registered
                "ita",
                "xxx",
                "en_GB",
                "hr_HR",
                "abcd", // 4-letter languages are reserved
                "abcde",
                "e",
                "no such language",
                "en-",
                "-en",
                "en--GB",
                "en-GB-",
                "en GB",
                " en",
                "en\n",
                "en-yue", // yue's extlang prefix is zh
                "zh-yue-cmn", // at most one extlang
                "en-Abcd",
                "en-AB",
                "en-999",
                "en-GB-US",
                "en-Latn-Latn",
                "en-nedis", // nedis needs the prefix sl
                "sl-1994", // 1994 needs sl-rozaj...
                "de-1996-1996",
                "en-foobarbaz",
                "en-a",
                "en-a-bbb-a-ccc",
                "en-a-b",
                "en-x",
                "x",
                "x-",
                "x-123456789",
                "i-foo",
                "en-GB-x-",
                "\u212Ao", // Kelvin sign lower-cases to k in Java; still not "ko"
                "\u0435n", // Cyrillic e
                "en-\uFF27\uFF22"
            })
    void rejectsInvalidTags(String tag) {
        assertThat(tags.isValid(tag)).isFalse();
    }

    @Test
    void expandsSubtagRanges() {
        assertThat(LanguageSubtagRegistry.expand("QM..QZ"))
                .hasSize(14)
                .startsWith("qm")
                .endsWith("qz");
        assertThat(LanguageSubtagRegistry.expand("Qaaa..Qabx")).hasSize(50).contains("qaaz", "qaba");
        assertThat(LanguageSubtagRegistry.expand("Latn")).containsExactly("latn");
    }
}
