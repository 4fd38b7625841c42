package eu.ospo.publiccode.internal.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the precomputed tables of the bundled registries (see {@link CompactTables}). The build
 * runs it once after compiling (exec-maven-plugin, phase {@code process-classes}), reading the
 * bundled text files from the class path and writing the {@code *.tables} files next to them in
 * the output directory, so the jar carries both and the validator reads only the tables.
 *
 * <p>The text files stay the source of truth: their provenance and licences are in PROVENANCE.md,
 * and a test checks that each registry loaded from its tables answers exactly as the one parsed
 * from its text.
 */
public final class CompactRegistries {
    private CompactRegistries() {}

    /**
     * Writes every table file into a directory.
     *
     * @param args one argument: the directory (created if missing)
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompactRegistries OUTPUT_DIRECTORY");
        }
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        for (Map.Entry<String, byte[]> file : generate().entrySet()) {
            Files.write(directory.resolve(file.getKey()), file.getValue());
        }
    }

    /** The bytes of every table file, by file name, generated from the bundled text files. */
    static Map<String, byte[]> generate() {
        Map<String, byte[]> files = new LinkedHashMap<>();

        CompactTables.Writer language = header(LanguageSubtagRegistry.SOURCE);
        LanguageSubtagRegistry.parseSource().registry().writeTo(language);
        files.put(LanguageSubtagRegistry.TABLES, language.toBytes());

        CompactTables.Writer ipa = header(IpaCodes.SOURCE);
        IpaCodes.fromSource().writeTo(ipa);
        files.put(IpaCodes.TABLES, ipa.toBytes());

        CompactTables.Writer countries = header(CountryCodes.SOURCE);
        CountryCodes.fromSource().writeTo(countries);
        files.put(CountryCodes.TABLES, countries.toBytes());

        CompactTables.Writer spdx = header(LicenseExpressions.LICENCES_SOURCE, LicenseExpressions.EXCEPTIONS_SOURCE);
        LicenseExpressions.fromSources().writeTo(spdx);
        files.put(LicenseExpressions.TABLES, spdx.toBytes());

        CompactTables.Writer oembed = header(OEmbedSchemes.SOURCE);
        OEmbedSchemes.fromSource().writeTo(oembed);
        files.put(OEmbedSchemes.TABLES, oembed.toBytes());

        CompactTables.Writer vocabularies = header(Vocabularies.SOURCE);
        Vocabularies.writeTo(vocabularies, Vocabularies.fromSource());
        files.put(Vocabularies.TABLES, vocabularies.toBytes());
        return files;
    }

    private static CompactTables.Writer header(String... sources) {
        return new CompactTables.Writer()
                .comment("Generated at build time by " + CompactRegistries.class.getName() + " from "
                        + String.join(" and ", List.of(sources)) + "; do not edit.")
                .comment("Provenance and licences of the data: PROVENANCE.md. Format: CompactTables.");
    }
}
