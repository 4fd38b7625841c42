package eu.ospo.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.problem.Problem;
import eu.ospo.yaml.YamlLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The loader refuses exactly the inputs that are not valid UTF-8, and names the first bad byte: its
 * fast decoding (the JDK's, with a strict pass only for text holding U+FFFD) is compared with a
 * strict decoder on bytes made of ASCII letters, UTF-8 lead and continuation bytes, encoded
 * surrogates and the encoding of U+FFFD itself.
 */
class Utf8DecodingTest {

    private static final YamlLoader LOADER = new YamlLoader(YamlLimits.DEFAULT);

    private static final int[] PIECES = {
        'a', 'b', ' ', 0xC3, 0xA9, 0x80, 0xBF, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xED, 0xA0, 0xEF, 0xBB, 0xBD,
        0xC0, 0xF5, 0xFF
    };

    private static Gen<byte[]> bytes() {
        return SourceDSL.lists()
                .of(SourceDSL.integers().between(0, PIECES.length - 1))
                .ofSizeBetween(0, 12)
                .map(indices -> {
                    byte[] text = new byte[indices.size() + 3];
                    text[0] = 'k';
                    text[1] = ':';
                    text[2] = ' ';
                    for (int i = 0; i < indices.size(); i++) {
                        text[i + 3] = (byte) PIECES[indices.get(i)];
                    }
                    return text;
                });
    }

    private static Optional<Problem> encodingProblem(byte[] bytes) {
        return LOADER.load(bytes).problems().stream()
                .filter(p -> p.code().equals(YamlLoader.ENCODING))
                .findFirst();
    }

    @Test
    void refusesExactlyWhatAStrictDecoderRefusesAtTheSameByte() {
        qt().withExamples(20_000).forAll(bytes()).checkAssert(bytes -> {
            int bad = Utf8ValidationTest.strictFirstBad(bytes, 0);
            Optional<Problem> problem = encodingProblem(bytes);
            if (bad < 0) {
                assertThat(problem).isEmpty();
            } else {
                assertThat(problem).isPresent();
                assertThat(problem.get().arguments()).containsEntry("offset", Integer.toString(bad));
            }
        });
    }

    @Test
    void aWrittenReplacementCharacterIsText() {
        byte[] bytes = "name: \uFFFD here\n".getBytes(StandardCharsets.UTF_8);
        YamlDocument document = LOADER.load(bytes);
        assertThat(document.problems()).isEmpty();
        assertThat(((YamlMapping) document.root().orElseThrow()).entries())
                .extracting(e -> ((YamlScalar) e.value()).value())
                .isEqualTo(List.of("\uFFFD here"));
    }
}
