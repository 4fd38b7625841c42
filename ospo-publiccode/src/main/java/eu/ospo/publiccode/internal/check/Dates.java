package eu.ospo.publiccode.internal.check;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;

/** The date format of publiccode.yml: exactly {@code YYYY-MM-DD}, a real calendar date. */
public final class Dates {
    private static final int LENGTH = "YYYY-MM-DD".length();

    private Dates() {}

    /**
     * Parses a strict {@code YYYY-MM-DD} date: four digits, two, two, a real month and day (no Feb
     * 30), nothing before or after (no time, no zone, no spaces).
     *
     * <p>This is Go's {@code time.Parse("2006-01-02", text)}: ASCII digits only, no sign, year 0000
     * to 9999 (proleptic Gregorian, as Go and {@link LocalDate} both count).
     *
     * @param text the text
     * @return the date, or empty when the text is not such a date
     */
    public static Optional<LocalDate> parse(String text) {
        if (text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return Optional.empty();
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > Month.of(month).length(Year.isLeap(year))) {
            return Optional.empty(); // checked here, not by catching LocalDate's exception: the corpus has dozens
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    /** The value of the ASCII digits in {@code [from, to)}, or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
