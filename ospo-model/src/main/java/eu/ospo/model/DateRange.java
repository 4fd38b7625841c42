package eu.ospo.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A closed range of days: both {@code start} and {@code end} are included, so a range from a day to
 * the same day is one day long.
 *
 * @param start the first day
 * @param end the last day; not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

    /**
     * Checks the order.
     *
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /**
     * The range of one day.
     *
     * @param day the day
     * @return the range {@code [day, day]}
     */
    public static DateRange ofDay(LocalDate day) {
        return new DateRange(day, day);
    }

    /**
     * The number of days in the range, both ends included.
     *
     * @return at least 1
     */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * Whether a day lies in the range.
     *
     * @param day the day
     * @return true if {@code start <= day <= end}
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * Whether another range lies wholly inside this one.
     *
     * @param other the other range
     * @return true if every day of {@code other} is in this range
     */
    public boolean encloses(DateRange other) {
        return contains(other.start) && contains(other.end);
    }
}
