package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The precomputed tables the validator loads give exactly the answers of the bundled text files
 * they are generated from: for every entry of every registry, and for the look-alikes around them.
 */
class CompactRegistriesTest {

    @Test
    void theBuildsTablesAreTheOnesTheSourcesGiveToday() throws IOException {
        Map<String, byte[]> generated = CompactRegistries.generate();
        assertThat(generated)
                .containsOnlyKeys(
                        LanguageSubtagRegistry.TABLES,
                        IpaCodes.TABLES,
                        CountryCodes.TABLES,
                        LicenseExpressions.TABLES,
                        OEmbedSchemes.TABLES,
                        Vocabularies.TABLES);
        for (Map.Entry<String, byte[]> file : generated.entrySet()) {
            try (InputStream bundled = BundledResource.open(file.getKey())) {
                assertThat(bundled.readAllBytes()).as(file.getKey()).isEqualTo(file.getValue());
            }
        }
    }

    @Test
    void languageRegistryFromTablesEqualsTheParsedText() {
        LanguageSubtagRegistry parsed = LanguageSubtagRegistry.parseSource().registry();
        LanguageSubtagRegistry loaded = LanguageSubtagRegistry.load();
        assertThat(loaded).isEqualTo(parsed);
        assertThat(loaded.languageCount()).isEqualTo(8787);
    }

    @Test
    void languageTagsAgreeOnEveryRegisteredSubtagAndEveryShortCandidate() {
        LanguageTags fromText =
                new LanguageTags(LanguageSubtagRegistry.parseSource().registry());
        LanguageTags fromTables = LanguageTags.instance();
        List<String> probes = new ArrayList<>();
        // every string of 2 or 3 letters as a language, as an extlang after zh, as a region after en
        for (String letters : lowerCaseStrings(2, 3)) {
            probes.add(letters);
            probes.add("zh-" + letters);
            probes.add("en-" + letters);
        }
        // every 4-letter string as a script
        for (String letters : lowerCaseStrings(4, 4)) {
            probes.add("en-" + letters);
        }
        // every 3-digit region
        for (int i = 0; i < 1000; i++) {
            probes.add(String.format("es-%03d", i));
        }
        // every variant after each of its prefixes and alone, and every grandfathered tag
        for (String line : BundledResource.lines(LanguageSubtagRegistry.SOURCE)) {
            if (line.startsWith("Subtag: ") || line.startsWith("Tag: ") || line.startsWith("Prefix: ")) {
                probes.add(line.substring(line.indexOf(' ') + 1));
            }
        }
        int valid = 0;
        for (String probe : probes) {
            boolean expected = fromText.isValid(probe);
            assertThat(fromTables.isValid(probe)).as(probe).isEqualTo(expected);
            valid += expected ? 1 : 0;
        }
        assertThat(valid).isGreaterThan(8000).isLessThan(probes.size());
    }

    @Test
    void ipaCodesFromTablesEqualTheTsvAndKnowEveryCodeInItsOwnCase() {
        IpaCodes loaded = IpaCodes.instance();
        assertThat(loaded.codes()).isEqualTo(IpaCodes.fromSource().codes());
        List<String> codes = TsvColumn.read(IpaCodes.SOURCE, 0);
        assertThat(codes).hasSize(23735);
        Set<String> lowerCase = new HashSet<>();
        for (String code : codes) {
            lowerCase.add(AsciiCase.toLower(code));
        }
        for (String code : codes) {
            assertThat(loaded.isKnown(code)).as(code).isTrue();
            for (String nearby : List.of(code + "x", code.substring(1), code.substring(0, code.length() - 1) + "_")) {
                assertThat(loaded.isKnown(nearby)).as(nearby).isEqualTo(lowerCase.contains(AsciiCase.toLower(nearby)));
            }
        }
    }

    @Test
    void countryCodesFromTablesEqualTheTsv() {
        assertThat(CountryCodes.instance().codes())
                .isEqualTo(CountryCodes.fromSource().codes());
        for (String code : TsvColumn.read(CountryCodes.SOURCE, 0)) {
            assertThat(CountryCodes.instance().isKnown(code)).as(code).isTrue();
        }
        for (String letters : lowerCaseStrings(2, 2)) {
            String upper = AsciiCase.toUpper(letters);
            boolean listed = TsvColumn.read(CountryCodes.SOURCE, 0).contains(upper);
            assertThat(CountryCodes.instance().isKnown(upper)).as(upper).isEqualTo(listed);
        }
    }

    @Test
    void spdxListsFromTablesEqualTheTsvs() {
        LicenseExpressions loaded = LicenseExpressions.instance();
        assertThat(loaded).isEqualTo(LicenseExpressions.fromSources());
        for (String id : TsvColumn.read(LicenseExpressions.LICENCES_SOURCE, 0)) {
            assertThat(loaded.isValid(id)).as(id).isTrue();
        }
        List<String> deprecatedExceptions =
                TsvColumn.read(LicenseExpressions.EXCEPTIONS_SOURCE, 0, row -> "true".equals(row[1]));
        for (String exception : TsvColumn.read(LicenseExpressions.EXCEPTIONS_SOURCE, 0)) {
            assertThat(loaded.isValid("GPL-2.0-only WITH " + exception))
                    .as(exception)
                    .isEqualTo(!deprecatedExceptions.contains(exception));
        }
    }

    @Test
    void oembedSchemesFromTablesAreTheJsonInOrder() {
        assertThat(OEmbedSchemes.instance().schemes())
                .isEqualTo(OEmbedSchemes.fromSource().schemes())
                .hasSize(680);
    }

    @Test
    void vocabulariesFromTablesAreTheYamlInOrder() {
        Map<String, List<String>> source = Vocabularies.fromSource();
        assertThat(source.keySet()).containsExactlyElementsOf(Vocabularies.KEYS);
        assertThat(Vocabularies.categories()).isEqualTo(source.get("categories"));
        assertThat(Vocabularies.scopes()).isEqualTo(source.get("intendedAudience.scope"));
        assertThat(Vocabularies.aliases()).isEqualTo(source.get("supports.aliases"));
    }

    /** Every string of lower-case letters with a length from {@code min} to {@code max}. */
    private static List<String> lowerCaseStrings(int min, int max) {
        List<String> all = new ArrayList<>();
        for (int length = min; length <= max; length++) {
            char[] current = new char[length];
            Arrays.fill(current, 'a');
            while (true) {
                all.add(new String(current));
                int i = length - 1;
                while (i >= 0 && current[i] == 'z') {
                    current[i] = 'a';
                    i--;
                }
                if (i < 0) {
                    break;
                }
                current[i]++;
            }
        }
        return all;
    }
}
