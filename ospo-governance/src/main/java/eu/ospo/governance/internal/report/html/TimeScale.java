package eu.ospo.governance.internal.report.html;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Days on a horizontal axis: whole calendar years from the first to the last day shown, at most
 * {@value #MAX_YEARS} years around the evaluation date (agreements reaching further are cut at the
 * edge).
 *
 * @param from the first day shown (a 1 January)
 * @param to the last day shown (a 31 December)
 * @param left the x of {@code from}
 * @param right the x of the end of {@code to}
 */
record TimeScale(LocalDate from, LocalDate to, double left, double right) {

    /** The most years a timeline shows. */
    static final int MAX_YEARS = 14;

    /**
     * The years around some days.
     *
     * @param days the days to show (agreement starts and ends, the evaluation date, the horizon)
     * @param centre the evaluation date: when the days span more than {@link #MAX_YEARS} years, the
     *     years shown are those around it
     * @param left the x of the first day
     * @param right the x after the last day
     * @return the scale
     */
    static TimeScale around(Collection<LocalDate> days, LocalDate centre, double left, double right) {
        int first = centre.getYear();
        int last = centre.getYear();
        for (LocalDate day : days) {
            first = Math.min(first, day.getYear());
            last = Math.max(last, day.getYear());
        }
        first = Math.max(first, centre.getYear() - MAX_YEARS / 2);
        last = Math.min(last, first + MAX_YEARS - 1);
        return new TimeScale(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), left, right);
    }

    /**
     * The x of the start of a day, within the axis.
     *
     * @param day the day
     * @return x, clamped to {@code [left, right]}
     */
    double x(LocalDate day) {
        double total = ChronoUnit.DAYS.between(from, to) + 1;
        double offset = ChronoUnit.DAYS.between(from, day);
        double x = left + (right - left) * offset / total;
        return Math.max(left, Math.min(right, x));
    }

    /**
     * The x of the end of a day (the start of the next).
     *
     * @param day the day
     * @return x, clamped
     */
    double xAfter(LocalDate day) {
        return x(day.plusDays(1));
    }

    /**
     * Whether a day lies after the last day shown.
     *
     * @param day the day
     * @return true when it is cut off at the right edge
     */
    boolean beyond(LocalDate day) {
        return day.isAfter(to);
    }

    /**
     * The first day of every year shown.
     *
     * @return the years' first days, in order
     */
    List<LocalDate> years() {
        List<LocalDate> years = new ArrayList<>();
        for (LocalDate year = from; !year.isAfter(to); year = year.plusYears(1)) {
            years.add(year);
        }
        return years;
    }

    /**
     * The width of one year on the axis.
     *
     * @return pixels per year
     */
    double yearWidth() {
        return (right - left) / years().size();
    }
}
