package eu.ospo.model.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** What holds for F(w, p) for every weight vector and threshold, as properties. */
class ConcentrationPropertiesTest {

    /** Weights in tenths, many of them equal, some zero: where ties and exact thresholds happen. */
    private static final Gen<List<BigDecimal>> WEIGHTS = lists().of(
                    integers().between(0, 40).map(i -> BigDecimal.valueOf(i * 5L, 1)))
            .ofSizeBetween(0, 9);

    private static final Gen<BigDecimal> P = integers().between(1, 100).map(n -> BigDecimal.valueOf(n, 2));

    @Test
    void permutationInvariant() {
        qt().forAll(WEIGHTS, P, longs().all()).checkAssert((w, p, seed) -> {
            List<BigDecimal> shuffled = new ArrayList<>(w);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(f(shuffled, p)).isEqualTo(f(w, p));
        });
    }

    @Test
    void scaleInvariant() {
        qt().forAll(WEIGHTS, P, integers().between(1, 10_000)).checkAssert((w, p, c) -> {
            BigDecimal factor = BigDecimal.valueOf(c, 3);
            assertThat(f(w.stream().map(x -> x.multiply(factor)).toList(), p)).isEqualTo(f(w, p));
        });
    }

    @Test
    void bounds() {
        qt().forAll(WEIGHTS, P).checkAssert((w, p) -> {
            BigDecimal total = sum(w);
            int f = f(w, p);
            if (total.signum() == 0) {
                assertThat(f).isZero();
                return;
            }
            long positive = w.stream().filter(x -> x.signum() > 0).count();
            assertThat(f).isBetween(1, (int) positive);
            BigDecimal max = Collections.max(w);
            // F >= ceil(p*T / max)  <=>  F * max >= p * T
            assertThat(max.multiply(BigDecimal.valueOf(f))).isGreaterThanOrEqualTo(p.multiply(total));
        });
    }

    @Test
    void monotoneInThreshold() {
        qt().forAll(WEIGHTS, P, P).checkAssert((w, p1, p2) -> {
            BigDecimal low = p1.min(p2);
            BigDecimal high = p1.max(p2);
            assertThat(f(w, low)).isLessThanOrEqualTo(f(w, high));
        });
    }

    @Test
    void zeroWeightsAreInert() {
        qt().forAll(WEIGHTS, P, integers().between(1, 5)).checkAssert((w, p, zeros) -> {
            List<BigDecimal> more = new ArrayList<>(w);
            more.addAll(Collections.nCopies(zeros, BigDecimal.ZERO));
            assertThat(f(more, p)).isEqualTo(f(w, p));
        });
    }

    @Test
    void mergingNeverIncreases() {
        qt().forAll(
                        WEIGHTS.assuming(w -> w.size() >= 2),
                        P,
                        integers().all(),
                        integers().all())
                .checkAssert((w, p, a, b) -> {
                    int i = Math.floorMod(a, w.size());
                    int j = Math.floorMod(b, w.size() - 1);
                    if (j >= i) {
                        j++;
                    }
                    List<BigDecimal> merged = new ArrayList<>(w);
                    merged.set(i, w.get(i).add(w.get(j)));
                    merged.remove(j);
                    assertThat(f(merged, p)).isLessThanOrEqualTo(f(w, p));
                });
    }

    @Test
    void transferFromLargerToSmallerNeverDecreases() {
        qt().forAll(
                        WEIGHTS.assuming(w -> w.size() >= 2),
                        P,
                        integers().all(),
                        integers().between(1, 100))
                .checkAssert((w, p, seed, percent) -> {
                    Random random = new Random(seed);
                    int i = random.nextInt(w.size());
                    int j = random.nextInt(w.size());
                    if (i == j || w.get(i).compareTo(w.get(j)) <= 0) {
                        return;
                    }
                    BigDecimal delta = w.get(i).subtract(w.get(j)).multiply(BigDecimal.valueOf(percent, 2));
                    List<BigDecimal> moved = new ArrayList<>(w);
                    moved.set(i, w.get(i).subtract(delta));
                    moved.set(j, w.get(j).add(delta));
                    assertThat(f(moved, p)).isGreaterThanOrEqualTo(f(w, p));
                    // and back again: from smaller to larger never increases
                    assertThat(f(w, p)).isLessThanOrEqualTo(f(moved, p));
                });
    }

    @Test
    void addingASmallOrganisationNeverDecreases() {
        qt().forAll(WEIGHTS, P, integers().between(0, 100)).checkAssert((w, p, percent) -> {
            BigDecimal smallest = w.stream()
                    .filter(x -> x.signum() > 0)
                    .min(BigDecimal::compareTo)
                    .orElse(BigDecimal.ONE);
            List<BigDecimal> more = new ArrayList<>(w);
            more.add(smallest.multiply(BigDecimal.valueOf(percent, 2)));
            assertThat(f(more, p)).isGreaterThanOrEqualTo(f(w, p));
        });
    }

    @Test
    void elephantFactorAtLeastTwoIffLargestShareBelowHalf() {
        qt().forAll(WEIGHTS.assuming(w -> sum(w).signum() > 0)).checkAssert(w -> {
            BigDecimal total = sum(w);
            boolean belowHalf =
                    Collections.max(w).multiply(BigDecimal.valueOf(2)).compareTo(total) < 0;
            int ef = f(w, Concentration.HALF);
            assertThat(ef >= 2).isEqualTo(belowHalf);
            if (ef >= 2) {
                assertThat(w.stream().filter(x -> x.signum() > 0).count()).isGreaterThanOrEqualTo(2);
            }
        });
    }

    @Test
    void elephantFactorNeverExceedsContributorAbsenceFactor() {
        // people with one affiliation each; an organisation's weight is the sum of its people's
        qt().forAll(WEIGHTS, lists().of(integers().between(0, 3)).ofSize(9), P).checkAssert((people, orgOf, p) -> {
            BigDecimal[] organisations = new BigDecimal[4];
            java.util.Arrays.fill(organisations, BigDecimal.ZERO);
            for (int k = 0; k < people.size(); k++) {
                organisations[orgOf.get(k)] = organisations[orgOf.get(k)].add(people.get(k));
            }
            assertThat(f(List.of(organisations), p)).isLessThanOrEqualTo(f(people, p));
        });
    }

    private static int f(List<BigDecimal> weights, BigDecimal p) {
        return Concentration.factor(weights, p);
    }

    private static BigDecimal sum(List<BigDecimal> weights) {
        return weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
