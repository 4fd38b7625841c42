package eu.ospo.publiccode.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Verdict;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.PubliccodeVersion;
import eu.ospo.publiccode.PubliccodeWriter;
import eu.ospo.publiccode.model.PublicCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Jazzer fuzz target for the publiccode.yml parser. Without {@code JAZZER_FUZZ=1} it runs in
 * regression mode on the seeds in {@code src/test/resources/eu/ospo/publiccode/fuzz/
 * PubliccodeParserFuzzTestInputs/parse/} (every build); {@code docs/fuzzing.md} shows how to fuzz it
 * for longer. The same checks also run over every fixture of {@code src/test/resources/publiccode/v0}.
 *
 * <p>For every input: no exception escapes, the result has a verdict that agrees with the model
 * (present exactly when there is no error), every problem is well formed and formats to one line
 * without control characters, a model the parser accepts is written back and parsed again without
 * errors to the same model, and the whole takes a bounded time.
 */
class PubliccodeParserFuzzTest {

    /** Generous: an input of a few KiB is parsed in milliseconds; this catches hangs, not slowness. */
    static final Duration BOUND = Duration.ofSeconds(30);

    private static final PubliccodeParser PARSER = PubliccodeParser.builder().build();

    @FuzzTest(maxDuration = "5m")
    void parse(byte[] input) {
        assertTimeoutPreemptively(BOUND, () -> check(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureKeepsTheInvariants(Path fixture) throws IOException {
        byte[] input = Files.readAllBytes(fixture);
        assertTimeoutPreemptively(BOUND, () -> check(input));
    }

    static Stream<Path> fixtures() throws IOException {
        Path root = Path.of("src", "test", "resources", "publiccode", "v0");
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
        assertThat(files).as("fixtures under %s", root.toAbsolutePath()).hasSizeGreaterThan(100);
        return files.stream();
    }

    private static void check(byte[] input) {
        PubliccodeResult result = PARSER.parse(input);

        Verdict verdict = result.verdict();
        assertThat(verdict).isNotNull();
        assertThat(result.publicCode().isPresent())
                .as("model present exactly when valid, problems %s", result.problems())
                .isEqualTo(verdict.isValid());
        for (Problem problem : result.problems()) {
            SafeText.assertWellFormed(problem);
        }
        result.publicCode().ifPresent(PubliccodeParserFuzzTest::assertRoundTrip);
    }

    /** What the writer makes of an accepted model parses again without errors, to the same model. */
    private static void assertRoundTrip(PublicCode model) {
        String written = PubliccodeWriter.write(model);
        PubliccodeResult again = PARSER.parse(written);
        assertThat(again.errors())
                .as("errors in the written model:\n%s", written)
                .isEmpty();
        assertThat(again.publicCode())
                .as("model of the written text:\n%s", written)
                .contains(model.withPubliccodeYmlVersion(PubliccodeVersion.WRITTEN));
    }
}
