package eu.ospo.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarPeriodTest {

    @Test
    void parsesTheThreeLabelForms() {
        CalendarPeriod q1 = CalendarPeriod.parse("2025-Q1").orElseThrow();
        assertThat(q1.length()).isEqualTo(ReportingPeriod.QUARTER);
        assertThat(q1.days()).isEqualTo(new DateRange(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-31")));
        assertThat(CalendarPeriod.parse("2024-02").orElseThrow().end()).isEqualTo(LocalDate.parse("2024-02-29"));
        assertThat(CalendarPeriod.parse("2025").orElseThrow().days().days()).isEqualTo(365);
        assertThat(CalendarPeriod.parse("2025-Q4").orElseThrow().start()).isEqualTo(LocalDate.parse("2025-10-01"));
    }

    @Test
    void rejectsOtherLabels() {
        for (String label :
                new String[] {"2025-Q5", "2025-Q0", "2025-13", "2025-00", "25-Q1", "2025Q1", "2025-q1", ""}) {
            assertThat(CalendarPeriod.parse(label)).as(label).isEmpty();
        }
        assertThatThrownBy(() -> new CalendarPeriod(ReportingPeriod.QUARTER, LocalDate.parse("2025-02-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyDayLiesInItsPeriodAndLabelsRoundTrip() {
        qt().forAll(integers().between(0, 50_000), integers().between(0, 2)).checkAssert((offset, kind) -> {
            LocalDate day = LocalDate.of(1990, 1, 1).plusDays(offset);
            CalendarPeriod period = ReportingPeriod.values()[kind].containing(day);
            assertThat(period.days().contains(day)).isTrue();
            assertThat(CalendarPeriod.parse(period.label())).contains(period);
            assertThat(period.length().containing(period.end().plusDays(1)).start())
                    .isEqualTo(period.end().plusDays(1));
        });
    }

    @Test
    void dateRangesCountBothEnds() {
        assertThat(DateRange.ofDay(LocalDate.parse("2025-01-01")).days()).isEqualTo(1);
        assertThat(new DateRange(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")).days())
                .isEqualTo(365);
        assertThatThrownBy(() -> new DateRange(LocalDate.parse("2025-01-02"), LocalDate.parse("2025-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
