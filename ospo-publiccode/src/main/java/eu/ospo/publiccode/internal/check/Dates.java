package eu.ospo.publiccode.internal.check;

import java.time.LocalDate;
import java.util.Optional;

/** The date format of publiccode.yml: exactly {@code YYYY-MM-DD}, a real calendar date. */
public final class Dates {
    private Dates() {}

    /**
     * Parses a strict {@code YYYY-MM-DD} date: four digits, two, two, a real month and day (no Feb
     * 30), nothing before or after (no time, no zone, no spaces).
     *
     * @param text the text
     * @return the date, or empty when the text is not such a date
     */
    public static Optional<LocalDate> parse(String text) {
        throw new UnsupportedOperationException("TODO");
    }
}
