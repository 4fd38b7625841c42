package eu.ospo.model;

import java.time.LocalDate;

/**
 * The length of a community-time reporting period ({@code communityTime.period}). Periods follow the
 * calendar: months, quarters starting in January, April, July and October, and calendar years.
 */
public enum ReportingPeriod implements Keyword {
    /** {@code month}: a calendar month, labelled like {@code 2025-03}. */
    MONTH("month"),
    /** {@code quarter}: a calendar quarter, labelled like {@code 2025-Q1}. */
    QUARTER("quarter"),
    /** {@code year}: a calendar year, labelled like {@code 2025}. */
    YEAR("year");

    /** The period length used when governance.yml does not name one. */
    public static final ReportingPeriod DEFAULT = QUARTER;

    private final String value;

    ReportingPeriod(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    /**
     * The period of this length that contains a day.
     *
     * @param day the day
     * @return the calendar period
     */
    public CalendarPeriod containing(LocalDate day) {
        return new CalendarPeriod(this, firstDayOf(day));
    }

    /**
     * The first day of the period of this length that contains a day.
     *
     * @param day the day
     * @return the first of its month, of its quarter's first month, or of January
     */
    public LocalDate firstDayOf(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> LocalDate.of(day.getYear(), 1, 1);
        };
    }
}
