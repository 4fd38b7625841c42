package eu.ospo.model.measure;

import static eu.ospo.model.measure.Agreements.agreement;
import static eu.ospo.model.measure.Agreements.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import eu.ospo.model.AgreementStatus;
import eu.ospo.model.DateRange;
import eu.ospo.model.MaintainerAgreement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CoverageTest {

    private static final LocalDate BASE = LocalDate.parse("2025-01-01");

    @Test
    void findsGapsBetweenAndAroundAgreements() {
        List<MaintainerAgreement> agreements = List.of(
                signed("p", "a", "2025-01-10", "2025-01-20", "1"),
                signed("p", "b", "2025-01-15", "2025-01-25", "1"),
                signed("p", "c", "2025-01-27", "2025-02-05", "1"),
                signed("other", "d", "2025-01-01", "2025-12-31", "1"));
        DateRange january = new DateRange(BASE, LocalDate.parse("2025-01-31"));
        Coverage coverage = Coverage.ofProject("p", agreements, january);
        assertThat(coverage.gaps())
                .containsExactly(
                        new DateRange(BASE, LocalDate.parse("2025-01-09")),
                        DateRange.ofDay(LocalDate.parse("2025-01-26")));
        assertThat(coverage.coveredDays()).isEqualTo(16 + 5);
        assertThat(coverage.uncoveredDays()).isEqualTo(10);
        assertThat(coverage.isComplete()).isFalse();
        assertThat(Coverage.of(agreements, january).isComplete()).isTrue();
    }

    @Test
    void adjacentAgreementsLeaveNoGap() {
        List<MaintainerAgreement> agreements = List.of(
                signed("p", "a", "2025-01-01", "2025-06-30", "1"), signed("p", "b", "2025-07-01", "2025-12-31", "1"));
        Coverage coverage = Coverage.of(agreements, new DateRange(BASE, LocalDate.parse("2025-12-31")));
        assertThat(coverage.isComplete()).isTrue();
        assertThat(coverage.coveredDays()).isEqualTo(365);
    }

    @Test
    void draftsDoNotCoverAndOpenEndedOnesDo() {
        MaintainerAgreement draft =
                agreement("p", "a", BASE, Optional.of(LocalDate.parse("2025-12-31")), "1", AgreementStatus.DRAFT);
        MaintainerAgreement open =
                agreement("p", "b", LocalDate.parse("2025-03-01"), Optional.empty(), "1", AgreementStatus.SIGNED);
        DateRange year = new DateRange(BASE, LocalDate.parse("2030-12-31"));
        assertThat(Coverage.of(List.of(draft), year).coveredDays()).isZero();
        assertThat(Coverage.of(List.of(draft, open), year).gaps())
                .containsExactly(new DateRange(BASE, LocalDate.parse("2025-02-28")));
    }

    @Test
    void researchExampleHasAGapAfterRomaEnds() {
        List<MaintainerAgreement> agreements =
                List.of(eu.ospo.model.Example.utrechtAgreement(), eu.ospo.model.Example.romaAgreement());
        LocalDate today = LocalDate.parse("2026-12-01");
        Coverage coverage = Coverage.ofProject("meldingen", agreements, new DateRange(today, today.plusDays(180)));
        assertThat(coverage.gaps()).containsExactly(new DateRange(LocalDate.parse("2027-01-01"), today.plusDays(180)));
    }

    /** Agreements at random offsets from BASE, some open-ended, some unsigned. */
    private static final Gen<MaintainerAgreement> AGREEMENT = integers()
            .between(0, 400)
            .zip(
                    integers().between(-1, 120),
                    integers().between(0, 4),
                    (offset, length, status) -> agreement(
                            "p",
                            "o" + offset,
                            BASE.plusDays(offset),
                            length < 0 ? Optional.empty() : Optional.of(BASE.plusDays(offset + length)),
                            "1",
                            status == 0 ? AgreementStatus.DRAFT : AgreementStatus.SIGNED));

    private static final Gen<DateRange> RANGE = integers()
            .between(-30, 450)
            .zip(
                    integers().between(0, 200),
                    (offset, length) -> new DateRange(BASE.plusDays(offset), BASE.plusDays(offset + length)));

    @Test
    void coveredDaysAndGapsAddUpAndMatchDayByDayActivity() {
        qt().forAll(lists().of(AGREEMENT).ofSizeBetween(0, 6), RANGE).checkAssert((agreements, range) -> {
            Coverage coverage = Coverage.of(agreements, range);
            long gapDays = coverage.gaps().stream().mapToLong(DateRange::days).sum();
            assertThat(coverage.coveredDays() + gapDays).isEqualTo(range.days());
            long naive = 0;
            for (LocalDate day = range.start(); !day.isAfter(range.end()); day = day.plusDays(1)) {
                LocalDate d = day;
                boolean covered = agreements.stream().anyMatch(a -> a.isActiveOn(d));
                boolean inGap = coverage.gaps().stream().anyMatch(g -> g.contains(d));
                assertThat(inGap).as("day %s", d).isEqualTo(!covered);
                if (covered) {
                    naive++;
                }
            }
            assertThat(coverage.coveredDays()).isEqualTo(naive);
            for (int i = 1; i < coverage.gaps().size(); i++) {
                // gaps are sorted and separated by at least one covered day (maximal)
                assertThat(coverage.gaps().get(i).start())
                        .isAfter(coverage.gaps().get(i - 1).end().plusDays(1));
            }
        });
    }

    @Test
    void independentOfAgreementOrder() {
        qt().forAll(lists().of(AGREEMENT).ofSizeBetween(0, 6), RANGE, longs().all())
                .checkAssert((agreements, range, seed) -> {
                    List<MaintainerAgreement> shuffled = new ArrayList<>(agreements);
                    Collections.shuffle(shuffled, new Random(seed));
                    assertThat(Coverage.of(shuffled, range)).isEqualTo(Coverage.of(agreements, range));
                });
    }
}
