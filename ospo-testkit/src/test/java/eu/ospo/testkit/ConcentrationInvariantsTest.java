package eu.ospo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.model.FteBasis;
import eu.ospo.model.Governance;
import eu.ospo.model.measure.CommittedEffort;
import eu.ospo.model.measure.Concentration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The invariants of F(w, p) (the numbers 2–10 in the method names label them), over the testkit's weight vectors and over the
 * committed effort of generated communities.
 */
class ConcentrationInvariantsTest {

    private static final FteBasis BASIS = FteBasis.ofHoursPerYear(1600);

    /** Committed hours per year by provider, for a project of a generated community on a day. */
    private static final Gen<Map<String, BigDecimal>> COMMUNITY_EFFORT = Communities.builder()
            .organisations(1, 8)
            .agreementsPerOrganisation(0, 4)
            .projectsPerOrganisation(0, 1)
            .build()
            .zip(Dates.between(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)), (g, day) -> effort(g, day));

    private static final Gen<List<BigDecimal>> WEIGHTS =
            Weights.vectors().mix(COMMUNITY_EFFORT.map(m -> List.copyOf(m.values())));

    static Map<String, BigDecimal> effort(Governance g, LocalDate day) {
        return CommittedEffort.byProvider(g.agreementsOn(g.projects().get(0).id()), day, BASIS);
    }

    private static int f(List<BigDecimal> w, BigDecimal p) {
        return Concentration.factor(w, p);
    }

    private static BigDecimal total(List<BigDecimal> w) {
        return w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void invariant1PermutationOfWeightsChangesNothing() {
        qt().forAll(WEIGHTS, Weights.thresholds(), Generate.longRange(0, Long.MAX_VALUE))
                .checkAssert((w, p, seed) -> {
                    List<BigDecimal> shuffled = new ArrayList<>(w);
                    Collections.shuffle(shuffled, new Random(seed));
                    assertThat(f(shuffled, p)).isEqualTo(f(w, p));
                });
    }

    @Test
    void invariant2ScalingAllWeightsLeavesFUnchanged() {
        qt().forAll(WEIGHTS, Weights.thresholds(), Weights.scaleFactors())
                .checkAssert((w, p, c) -> assertThat(
                                f(w.stream().map(x -> x.multiply(c)).toList(), p))
                        .isEqualTo(f(w, p)));
    }

    @Test
    void invariant2ConvertingCommitmentsBetweenHoursAndFteLeavesSharesUnchanged() {
        qt().withExamples(300)
                .forAll(
                        Communities.governance(),
                        Dates.between(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)),
                        Generate.pick(List.of(1600L, 1000L, 2000L, 1280L)))
                .checkAssert((g, day, hours) -> {
                    FteBasis basis = FteBasis.ofHoursPerYear(hours);
                    Governance inHours = Conversions.allInHoursPerYear(g, basis);
                    Governance inFte = Conversions.allInFte(g, basis);
                    for (var project : g.projects()) {
                        Map<String, BigDecimal> original =
                                CommittedEffort.byProvider(g.agreementsOn(project.id()), day, basis);
                        for (Governance converted : List.of(inHours, inFte)) {
                            Map<String, BigDecimal> after =
                                    CommittedEffort.byProvider(converted.agreementsOn(project.id()), day, basis);
                            assertThat(after.keySet()).isEqualTo(original.keySet());
                            after.forEach((org, h) -> assertThat(h).isEqualByComparingTo(original.get(org)));
                            assertThat(Concentration.elephantFactor(after, Concentration.HALF))
                                    .isEqualTo(Concentration.elephantFactor(original, Concentration.HALF));
                        }
                    }
                });
    }

    @Test
    void invariant3Bounds() {
        qt().forAll(WEIGHTS, Weights.thresholds()).checkAssert((w, p) -> {
            BigDecimal t = total(w);
            int f = f(w, p);
            if (t.signum() == 0) {
                assertThat(f).isZero();
                return;
            }
            long positive = w.stream().filter(x -> x.signum() > 0).count();
            assertThat(f).isBetween(1, (int) positive);
            BigDecimal max = Collections.max(w);
            BigDecimal lowerBound = p.multiply(t).divide(max, 0, RoundingMode.CEILING);
            assertThat(BigDecimal.valueOf(f)).isGreaterThanOrEqualTo(lowerBound);
        });
    }

    @Test
    void invariant4MonotoneInTheThreshold() {
        qt().forAll(WEIGHTS, Weights.thresholds(), Weights.thresholds())
                .checkAssert((w, p1, p2) -> assertThat(f(w, p1.min(p2))).isLessThanOrEqualTo(f(w, p1.max(p2))));
    }

    @Test
    void invariant5ZeroWeightsAreInert() {
        qt().forAll(WEIGHTS, Weights.thresholds(), Generate.range(1, 5), Generate.longRange(0, Long.MAX_VALUE))
                .checkAssert((w, p, zeros, seed) -> {
                    List<BigDecimal> more = new ArrayList<>(w);
                    more.addAll(Collections.nCopies(zeros, BigDecimal.ZERO));
                    Collections.shuffle(more, new Random(seed));
                    assertThat(f(more, p)).isEqualTo(f(w, p));
                    assertThat(f(w.stream().filter(x -> x.signum() > 0).toList(), p))
                            .isEqualTo(f(w, p));
                });
    }

    @Test
    void invariant6MergingNeverIncreasesAndSplittingNeverDecreases() {
        qt().forAll(Weights.vectors(2, 12), Weights.thresholds(), Generate.range(0, 11), Generate.range(0, 11))
                .checkAssert((w, p, a, b) -> {
                    int i = a % w.size();
                    int j = b % w.size();
                    if (i == j) {
                        j = (j + 1) % w.size();
                    }
                    List<BigDecimal> merged = new ArrayList<>(w);
                    merged.set(i, w.get(i).add(w.get(j)));
                    merged.remove(j);
                    assertThat(f(merged, p)).isLessThanOrEqualTo(f(w, p));
                });
    }

    @Test
    void invariant7ElephantFactorNeverExceedsTheContributorAbsenceFactor() {
        qt().forAll(
                        Weights.vectors(1, 12),
                        Weights.thresholds(),
                        Generate.longRange(0, Long.MAX_VALUE),
                        Generate.range(1, 5))
                .checkAssert((people, p, seed, organisations) -> {
                    Random random = new Random(seed);
                    Map<String, BigDecimal> byPerson = new TreeMap<>();
                    Map<String, BigDecimal> byOrganisation = new TreeMap<>();
                    for (int i = 0; i < people.size(); i++) {
                        byPerson.put("person" + i, people.get(i));
                        byOrganisation.merge("org" + random.nextInt(organisations), people.get(i), BigDecimal::add);
                    }
                    assertThat(Concentration.elephantFactor(byOrganisation, p))
                            .isLessThanOrEqualTo(Concentration.contributorAbsenceFactor(byPerson, p));
                });
    }

    @Test
    void invariant8TransferMonotonicity() {
        Gen<int[]> pairs = Generate.range(0, 11).zip(Generate.range(0, 11), (a, b) -> new int[] {a, b});
        qt().forAll(Weights.vectors(2, 12), Weights.thresholds(), pairs, Generate.range(1, 1000))
                .checkAssert((w, p, pair, thousandths) -> {
                    int i = pair[0] % w.size();
                    int j = pair[1] % w.size();
                    if (i == j) {
                        return;
                    }
                    int larger = w.get(i).compareTo(w.get(j)) >= 0 ? i : j;
                    int smaller = larger == i ? j : i;
                    BigDecimal gap = w.get(larger).subtract(w.get(smaller));
                    if (gap.signum() == 0) {
                        return;
                    }
                    // 0 < delta <= gap
                    BigDecimal delta = gap.multiply(BigDecimal.valueOf(thousandths, 3));
                    List<BigDecimal> evened = new ArrayList<>(w);
                    evened.set(larger, w.get(larger).subtract(delta));
                    evened.set(smaller, w.get(smaller).add(delta));
                    assertThat(f(evened, p)).isGreaterThanOrEqualTo(f(w, p));
                    // the other way: moving weight from the smaller to the larger never increases F
                    List<BigDecimal> concentrated = new ArrayList<>(w);
                    BigDecimal move = w.get(smaller).multiply(BigDecimal.valueOf(thousandths, 3));
                    concentrated.set(larger, w.get(larger).add(move));
                    concentrated.set(smaller, w.get(smaller).subtract(move));
                    assertThat(f(concentrated, p)).isLessThanOrEqualTo(f(w, p));
                });
    }

    @Test
    void invariant9AddingASmallOrganisationNeverDecreasesF() {
        qt().forAll(WEIGHTS, Weights.thresholds(), Generate.range(1, 1000)).checkAssert((w, p, thousandths) -> {
            BigDecimal smallest = w.stream()
                    .filter(x -> x.signum() > 0)
                    .min(BigDecimal::compareTo)
                    .orElse(BigDecimal.ONE);
            List<BigDecimal> more = new ArrayList<>(w);
            more.add(smallest.multiply(BigDecimal.valueOf(thousandths, 3)));
            assertThat(f(more, p)).isGreaterThanOrEqualTo(f(w, p));
        });
    }

    @Test
    void invariant10ElephantFactorAtLeastTwoIffNoOrganisationHasHalf() {
        qt().forAll(WEIGHTS).checkAssert(w -> {
            BigDecimal t = total(w);
            int ef = f(w, Concentration.HALF);
            if (t.signum() == 0) {
                assertThat(ef).isZero();
                return;
            }
            BigDecimal max = Collections.max(w);
            boolean largestBelowHalf = max.multiply(BigDecimal.valueOf(2)).compareTo(t) < 0;
            assertThat(ef >= 2).isEqualTo(largestBelowHalf);
            if (ef >= 2) {
                assertThat(w.stream().filter(x -> x.signum() > 0).count()).isGreaterThanOrEqualTo(2);
            }
        });
    }

    @Test
    void communityEffortExercisesTheInterestingCases() {
        List<Map<String, BigDecimal>> sample = ValidByConstructionTest.sample(COMMUNITY_EFFORT, 400);
        assertThat(sample).anyMatch(Map::isEmpty);
        assertThat(sample).anyMatch(m -> Concentration.elephantFactor(m, Concentration.HALF) >= 2);
        assertThat(sample).anyMatch(m -> m.size() >= 2 && Concentration.elephantFactor(m, Concentration.HALF) == 1);
    }
}
