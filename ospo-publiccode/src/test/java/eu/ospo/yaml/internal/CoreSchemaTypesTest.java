package eu.ospo.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.publiccode.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * {@link CoreSchemaTypes} gives every plain scalar the type SnakeYAML Engine's core-schema resolver
 * gives it: on text made of the characters that decide types (signs, dots, digits, exponent and radix
 * letters, the letters of the null, bool, infinity and not-a-number words), on the words themselves
 * with changes, and on every plain scalar of the real corpus.
 */
class CoreSchemaTypesTest {

    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

    /** What the resolver says, in the loader's terms. */
    private static YamlScalar.Type resolved(String plain) {
        Tag tag = RESOLVER.resolve(plain, Boolean.TRUE);
        if (tag.equals(Tag.NULL)) {
            return YamlScalar.Type.NULL;
        }
        if (tag.equals(Tag.BOOL)) {
            return YamlScalar.Type.BOOL;
        }
        if (tag.equals(Tag.INT)) {
            return YamlScalar.Type.INT;
        }
        if (tag.equals(Tag.FLOAT)) {
            return YamlScalar.Type.FLOAT;
        }
        return YamlScalar.Type.STRING; // the env and merge tags: the loader reads them as text
    }

    private static final String DECIDING = "0123456789+-.eEoxXaAbBfFiInNlLsStTuUrR~ $<{}_:/٣";

    private static Gen<String> textOf(String alphabet, int maxLength) {
        Gen<Character> character =
                SourceDSL.integers().between(0, alphabet.length() - 1).map(alphabet::charAt);
        return SourceDSL.lists().of(character).ofSizeBetween(0, maxLength).map(chars -> {
            StringBuilder text = new StringBuilder();
            chars.forEach(text::append);
            return text.toString();
        });
    }

    private static final List<String> WORDS = List.of(
            "~",
            "null",
            "Null",
            "NULL",
            "true",
            "True",
            "TRUE",
            "false",
            "False",
            "FALSE",
            ".inf",
            "-.inf",
            "+.Inf",
            ".INF",
            ".nan",
            ".NaN",
            ".NAN",
            "0o17",
            "0x1F",
            "0xff",
            "1e3",
            "-1.5E-3",
            ".5",
            "5.",
            "007",
            "${HOME}",
            "<<",
            "2024-01-01",
            "1.0.0");

    @Test
    void agreesWithTheResolverOnTextOfTheDecidingCharacters() {
        qt().withExamples(20_000)
                .forAll(textOf(DECIDING, 8))
                .checkAssert(text ->
                        assertThat(CoreSchemaTypes.of(text)).as("'%s'", text).isEqualTo(resolved(text)));
    }

    @Test
    void agreesWithTheResolverOnTheWordsAndTheirNeighbours() {
        Gen<String> word = Generate.pick(WORDS);
        Gen<String> edited =
                word.zip(textOf(DECIDING, 2), SourceDSL.integers().between(0, 3), (w, extra, how) -> switch (how) {
                    case 0 -> w + extra;
                    case 1 -> extra + w;
                    case 2 -> w.length() > 1 ? w.substring(1) : extra;
                    default -> w.length() > 1 ? w.substring(0, w.length() - 1) + extra : w;
                });
        qt().withExamples(5_000)
                .forAll(edited)
                .checkAssert(text ->
                        assertThat(CoreSchemaTypes.of(text)).as("'%s'", text).isEqualTo(resolved(text)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "\"\"|NULL", "~|NULL", "Null|NULL", "nULL|STRING", "TRUE|BOOL", "tRUE|STRING", "-12|INT",
                "0o17|INT", "0o18|STRING", "+0x1F|STRING", "0x1F|INT", "1.|FLOAT", ".|STRING", "-.inf|FLOAT",
                "-.nan|STRING", "1e5|FLOAT", "1e|STRING", "2024-01-01|STRING", "Nullable|STRING", "$x|STRING"
            })
    void knownCases(String text, YamlScalar.Type expected) {
        assertThat(CoreSchemaTypes.of(text)).isEqualTo(expected);
        assertThat(resolved(text)).isEqualTo(expected);
    }

    @Test
    void agreesWithTheResolverOnEveryPlainScalarOfTheCorpus() throws IOException {
        Path corpus = SharedData.require("corpus/publiccode-real");
        List<String> plain = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList()) {
                plainScalars(file, plain);
            }
        }
        assertThat(plain).hasSizeGreaterThan(10_000);
        assertThat(plain)
                .allSatisfy(text ->
                        assertThat(CoreSchemaTypes.of(text)).as("'%s'", text).isEqualTo(resolved(text)));
        // the corpus holds more than text: numbers, bools and nulls were compared too
        assertThat(plain.stream().map(CoreSchemaTypes::of).distinct()).hasSizeGreaterThanOrEqualTo(4);
    }

    private static void plainScalars(Path file, List<String> into) throws IOException {
        LoadSettings settings = LoadSettings.builder().build();
        ParserImpl parser =
                new ParserImpl(settings, new ScannerImpl(settings, new StreamReader(settings, Files.readString(file))));
        try {
            while (parser.hasNext()) {
                Event event = parser.next();
                if (event instanceof ScalarEvent scalar
                        && scalar.isPlain()
                        && scalar.getTag().isEmpty()) {
                    into.add(scalar.getValue());
                }
            }
        } catch (YamlEngineException malformed) {
            // a malformed file: the scalars before the error were compared
        }
    }
}
