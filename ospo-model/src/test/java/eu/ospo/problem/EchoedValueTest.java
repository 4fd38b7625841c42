package eu.ospo.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EchoedValueTest {

    @Test
    void keepsAShortValue() {
        String value = "x".repeat(EchoedValue.MAX_LENGTH);
        assertThat(EchoedValue.of(value)).isSameAs(value);
    }

    @Test
    void shortensALongValueWithAnEllipsis() {
        String echoed = EchoedValue.of("y".repeat(4_000_000));
        assertThat(echoed).hasSize(EchoedValue.MAX_LENGTH + 1).endsWith("y\u2026");
        assertThat(echoed).startsWith("y".repeat(200));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String value = "a".repeat(199) + "\uD83D\uDE00" + "b";
        String echoed = EchoedValue.of(value);
        assertThat(echoed).isEqualTo("a".repeat(199) + "\u2026");
    }

    @Test
    void rejectsAZeroMaximum() {
        assertThatThrownBy(() -> EchoedValue.shorten("abc", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
