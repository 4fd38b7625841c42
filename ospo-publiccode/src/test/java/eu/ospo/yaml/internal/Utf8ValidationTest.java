package eu.ospo.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link Utf8Validation} against the JDK's strict UTF-8 decoder: the same verdict and the same first
 * bad offset on random bytes, and the supplementary flag against the decoded text's code points.
 */
class Utf8ValidationTest {

    /** Every lead byte whose second byte has its own range, the edges of those ranges, and the rest. */
    private static final int[] EDGES = {
        0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
        0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF
    };

    private static Gen<byte[]> bytes() {
        Gen<Integer> edge = SourceDSL.integers().between(0, EDGES.length - 1).map(i -> EDGES[i]);
        Gen<Integer> any = SourceDSL.integers().between(0, 255);
        Gen<Integer> oneByte = edge.mix(any, 50);
        return SourceDSL.lists().of(oneByte).ofSizeBetween(0, 10).map(list -> {
            byte[] bytes = new byte[list.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (int) list.get(i);
            }
            return bytes;
        });
    }

    /**
     * The offset of the first byte from {@code from} on that a strict decoder refuses, or -1 when
     * the bytes are valid (also the oracle of {@link Utf8DecodingTest}).
     */
    static int strictFirstBad(byte[] bytes, int from) {
        ByteBuffer input = ByteBuffer.wrap(bytes, from, bytes.length - from);
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(input);
            return -1;
        } catch (CharacterCodingException e) {
            return input.position();
        }
    }

    @Test
    void findsTheFirstBadByteWhereAStrictDecoderStops() {
        qt().withExamples(50_000).forAll(bytes()).checkAssert(bytes -> {
            assertThat(Utf8Validation.check(bytes, 0, bytes.length).malformedAt())
                    .isEqualTo(strictFirstBad(bytes, 0));
        });
    }

    @Test
    void checksOnlyItsRange() {
        qt().withExamples(10_000).forAll(bytes(), bytes()).checkAssert((before, bytes) -> {
            byte[] all = new byte[before.length + bytes.length + 1];
            System.arraycopy(before, 0, all, 0, before.length);
            System.arraycopy(bytes, 0, all, before.length, bytes.length);
            all[all.length - 1] = (byte) 0xFF; // never read: past the range
            int expected = strictFirstBad(bytes, 0);
            assertThat(Utf8Validation.check(all, before.length, before.length + bytes.length)
                            .malformedAt())
                    .isEqualTo(expected < 0 ? -1 : before.length + expected);
        });
    }

    @Test
    void saysWhetherWellFormedBytesHoldACharacterOutsideTheBasicPlane() {
        qt().withExamples(50_000).forAll(bytes()).checkAssert(bytes -> {
            Utf8Validation validation = Utf8Validation.check(bytes, 0, bytes.length);
            if (validation.malformedAt() < 0) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertThat(validation.supplementary())
                        .isEqualTo(text.codePointCount(0, text.length()) != text.length());
            }
        });
    }

    @Test
    void everyCodePointEncodedByTheJdkIsWellFormed() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue;
            }
            byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            Utf8Validation validation = Utf8Validation.check(bytes, 0, bytes.length);
            assertThat(validation.malformedAt()).as("U+%04X", cp).isEqualTo(-1);
            assertThat(validation.supplementary()).as("U+%04X", cp).isEqualTo(cp > 0xFFFF);
        }
    }
}
