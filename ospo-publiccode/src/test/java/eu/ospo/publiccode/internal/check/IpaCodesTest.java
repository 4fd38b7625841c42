package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpaCodesTest {

    private final IpaCodes codes = IpaCodes.instance();

    @Test
    void holdsTheDocumented23735Codes() {
        assertThat(codes.size()).isEqualTo(23735);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pcm", "PCM", "Pcm", "00L7M4KW", "00l7m4kw"})
    void knowsCodesInAnyCase(String code) {
        assertThat(codes.isKnown(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no_such_pa", "no_such_ipa_code", "", " pcm", "pcm ", "urn:x-italian-pa:pcm"})
    void rejectsUnknownCodes(String code) {
        assertThat(codes.isKnown(code)).isFalse();
    }
}
