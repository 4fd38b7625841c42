package eu.ospo.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One concrete calendar month, quarter or year, as named in community-time reports ({@code 2025-03},
 * {@code 2025-Q1}, {@code 2025}).
 *
 * @param length month, quarter or year
 * @param start the first day of the period
 */
public record CalendarPeriod(ReportingPeriod length, LocalDate start) {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

    /**
     * Checks that {@code start} is where a period of this length begins.
     *
     * @throws IllegalArgumentException if {@code start} is not the first day of a month, quarter or
     *     year as {@code length} requires
     */
    public CalendarPeriod {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(start, "start");
        if (!length.firstDayOf(start).equals(start)) {
            throw new IllegalArgumentException(start + " does not start a " + length.value());
        }
    }

    /**
     * Reads a label: {@code YYYY} for a year, {@code YYYY-Qn} for a quarter, {@code YYYY-MM} for a
     * month.
     *
     * @param label the label
     * @return the period, or empty if the label has none of these forms
     */
    public static Optional<CalendarPeriod> parse(String label) {
        Matcher matcher = LABEL.matcher(label);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) != null) {
            int quarter = Integer.parseInt(matcher.group(2));
            return Optional.of(new CalendarPeriod(ReportingPeriod.QUARTER, LocalDate.of(year, quarter * 3 - 2, 1)));
        }
        if (matcher.group(3) != null) {
            int month = Integer.parseInt(matcher.group(3));
            return Optional.of(new CalendarPeriod(ReportingPeriod.MONTH, LocalDate.of(year, month, 1)));
        }
        return Optional.of(new CalendarPeriod(ReportingPeriod.YEAR, LocalDate.of(year, 1, 1)));
    }

    /**
     * The last day of the period.
     *
     * @return the last day
     */
    public LocalDate end() {
        return switch (length) {
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    /**
     * The days of the period.
     *
     * @return {@code [start, end]}
     */
    public DateRange days() {
        return new DateRange(start, end());
    }

    /**
     * The label, the inverse of {@link #parse(String)}.
     *
     * @return for example {@code 2025-Q1}
     */
    public String label() {
        return switch (length) {
            case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> String.format("%04d-Q%d", start.getYear(), (start.getMonthValue() + 2) / 3);
            case YEAR -> String.format("%04d", start.getYear());
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
