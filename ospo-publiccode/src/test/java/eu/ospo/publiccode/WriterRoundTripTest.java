package eu.ospo.publiccode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.publiccode.model.PublicCode;
import org.junit.jupiter.api.Test;

/** Property tests: the writer's output parses back to the same model, and writing is a fixed point. */
class WriterRoundTripTest {

    private static final PubliccodeParser PARSER = PubliccodeParser.builder().build();

    /** The model the parser should return for what the writer wrote: the same, with version "0". */
    static PublicCode withVersion(PublicCode m, String version) {
        return m.withPubliccodeYmlVersion(version);
    }

    private static void assertRoundTrip(PublicCode m, boolean warningsAllowed) {
        String yaml = PubliccodeWriter.write(m);
        PubliccodeResult result = PARSER.parse(yaml);
        assertThat(result.errors()).as("errors for:\n%s", yaml).isEmpty();
        if (!warningsAllowed) {
            assertThat(result.warnings()).as("warnings for:\n%s", yaml).isEmpty();
        }
        assertThat(result.publicCode()).as("model for:\n%s", yaml).contains(withVersion(m, PubliccodeVersion.WRITTEN));
    }

    @Test
    void cleanModelsRoundTripWithoutProblems() {
        qt().withExamples(200).forAll(PublicCodeGenerators.validClean()).checkAssert(m -> assertRoundTrip(m, false));
    }

    @Test
    void modelsWithDeprecatedKeysRoundTripWithoutErrors() {
        qt().withExamples(100)
                .forAll(PublicCodeGenerators.validWithDeprecated())
                .checkAssert(m -> assertRoundTrip(m, true));
    }

    @Test
    void writingIsDeterministicAndIdempotent() {
        qt().withExamples(200).forAll(PublicCodeGenerators.validClean()).checkAssert(m -> {
            String first = PubliccodeWriter.write(m);
            assertThat(PubliccodeWriter.write(m)).isEqualTo(first);
            PubliccodeResult result = PARSER.parse(first);
            assertThat(result.publicCode()).as("model for:\n%s", first).isPresent();
            assertThat(PubliccodeWriter.write(result.publicCode().orElseThrow()))
                    .isEqualTo(first);
        });
    }
}
