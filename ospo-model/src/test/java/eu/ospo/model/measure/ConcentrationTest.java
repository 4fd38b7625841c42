package eu.ospo.model.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConcentrationTest {

    private static final BigDecimal HALF = Concentration.HALF;

    @Test
    void isTheSmallestNumberOfTopWeightsReachingTheShare() {
        assertThat(f(HALF, "10", "10", "10", "10")).isEqualTo(2);
        assertThat(f(HALF, "70", "10", "10", "10")).isEqualTo(1);
        assertThat(f(HALF, "30", "30", "20", "20")).isEqualTo(2);
        assertThat(f(new BigDecimal("0.8"), "30", "30", "20", "20")).isEqualTo(3);
        assertThat(f(BigDecimal.ONE, "30", "30", "20", "20", "0")).isEqualTo(4);
    }

    @Test
    void reachingExactlyTheShareIsEnough() {
        assertThat(f(HALF, "1", "1")).isEqualTo(1);
        assertThat(f(HALF, "50", "50")).isEqualTo(1);
        assertThat(f(HALF, "1", "1", "1")).isEqualTo(2);
    }

    @Test
    void isExactWhereDoublesWouldRoundTheWrongWay() {
        // 0.1 + 0.2 + 0.3 in double is 0.6000000000000001, so half of it exceeds 0.3 and F would be 2
        assertThat(0.5 * (0.1 + 0.2 + 0.3) > 0.3).isTrue();
        assertThat(f(HALF, "0.1", "0.2", "0.3")).isEqualTo(1);
    }

    @Test
    void isZeroWithoutWeight() {
        assertThat(f(HALF)).isZero();
        assertThat(f(HALF, "0", "0.00")).isZero();
    }

    @Test
    void plausibleButFalseStatementsAreFalse() {
        // "adding an organisation never decreases the elephant factor": it can
        assertThat(f(HALF, "10", "10", "10", "10")).isEqualTo(2);
        assertThat(f(HALF, "10", "10", "10", "10", "100")).isEqualTo(1);
        // "removing the largest organisation always increases F": {50, 50} -> {50} stays 1
        assertThat(f(HALF, "50", "50")).isEqualTo(1);
        assertThat(f(HALF, "50")).isEqualTo(1);
    }

    @Test
    void elephantAndAbsenceFactorsAreFOverTheirMaps() {
        // the worked example (docs/governance-yml.md) on 2025-05-01: utrecht 1 280 h, roma 480 h -> 72.7 % -> EF = 1
        assertThat(Concentration.elephantFactor(
                        Map.of("utrecht", new BigDecimal("1280"), "roma", new BigDecimal("480")), HALF))
                .isEqualTo(1);
        assertThat(Concentration.contributorAbsenceFactor(
                        Map.of("a", BigDecimal.ONE, "b", BigDecimal.ONE, "c", BigDecimal.ONE), HALF))
                .isEqualTo(2);
    }

    @Test
    void rejectsMisuse() {
        List<BigDecimal> one = List.of(BigDecimal.ONE);
        assertThatThrownBy(() -> Concentration.factor(one, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Concentration.factor(one, new BigDecimal("1.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Concentration.factor(List.of(BigDecimal.ONE.negate()), HALF))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int f(BigDecimal p, String... weights) {
        return Concentration.factor(Arrays.stream(weights).map(BigDecimal::new).toList(), p);
    }
}
