package eu.ospo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.model.FteBasis;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.measure.CommittedEffort;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants 11 (additivity of commitment) and 14 (time monotonicity of expiry, for the model). */
class EffortInvariantsTest {

    private static final Gen<LocalDate> DAYS = Dates.between(LocalDate.of(2019, 6, 1), LocalDate.of(2031, 6, 30));

    private static final Gen<FteBasis> BASES = Generate.range(1, 2400).map(h -> FteBasis.ofHoursPerYear(h));

    @Test
    void invariant11TotalEffortOfDisjointAgreementSetsAdds() {
        qt().withExamples(500)
                .forAll(Communities.governance(), DAYS, BASES, Generate.longRange(0, Long.MAX_VALUE))
                .checkAssert((g, day, basis, seed) -> {
                    Random random = new Random(seed);
                    List<MaintainerAgreement> left = new ArrayList<>();
                    List<MaintainerAgreement> right = new ArrayList<>();
                    for (MaintainerAgreement a : g.agreements()) {
                        (random.nextBoolean() ? left : right).add(a);
                    }
                    BigDecimal union = CommittedEffort.total(g.agreements(), day, basis);
                    BigDecimal sum =
                            CommittedEffort.total(left, day, basis).add(CommittedEffort.total(right, day, basis));
                    assertThat(union).isEqualByComparingTo(sum);

                    Map<String, BigDecimal> byProvider = new TreeMap<>(CommittedEffort.byProvider(left, day, basis));
                    CommittedEffort.byProvider(right, day, basis)
                            .forEach((k, v) -> byProvider.merge(k, v, BigDecimal::add));
                    Map<String, BigDecimal> whole = CommittedEffort.byProvider(g.agreements(), day, basis);
                    assertThat(byProvider.keySet()).isEqualTo(whole.keySet());
                    whole.forEach((k, v) -> assertThat(byProvider.get(k)).isEqualByComparingTo(v));
                });
    }

    @Test
    void invariant14OnceExpiredAnAgreementStaysExpired() {
        qt().withExamples(500)
                .forAll(Agreements.any(), DAYS, Generate.range(1, 3000))
                .checkAssert((a, day, later) -> {
                    boolean expired = a.end().map(day::isAfter).orElse(false);
                    if (expired) {
                        assertThat(a.isActiveOn(day)).isFalse();
                        assertThat(a.isActiveOn(day.plusDays(later))).isFalse();
                    }
                    if (!a.isActiveOn(day) && !day.isBefore(a.start())) {
                        assertThat(a.isActiveOn(day.plusDays(later))).isFalse();
                    }
                });
    }

    @Test
    void invariant14ActiveEffortOfACommunityOnlyShrinksAfterTheLastStart() {
        qt().withExamples(300)
                .forAll(Communities.governance(), DAYS, Generate.range(1, 3000))
                .checkAssert((g, day, later) -> {
                    LocalDate lastStart = g.agreements().stream()
                            .map(MaintainerAgreement::start)
                            .max(LocalDate::compareTo)
                            .orElse(LocalDate.MIN);
                    if (day.isBefore(lastStart)) {
                        return;
                    }
                    FteBasis basis = FteBasis.ofHoursPerYear(1600);
                    assertThat(CommittedEffort.total(g.agreements(), day.plusDays(later), basis))
                            .isLessThanOrEqualTo(CommittedEffort.total(g.agreements(), day, basis));
                });
    }
}
