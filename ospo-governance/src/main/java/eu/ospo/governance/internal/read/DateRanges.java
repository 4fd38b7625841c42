package eu.ospo.governance.internal.read;

import java.time.LocalDate;
import java.util.Optional;

/** The check that a range's end is not before its start. */
final class DateRanges {

    private DateRanges() {}

    /**
     * Reports {@code range.end-before-start} at the end key when both dates are there and the end
     * comes first.
     *
     * @return true when the range is fine or incomplete
     */
    static boolean endNotBeforeStart(
            Fields fields, String startName, Optional<LocalDate> start, String endName, Optional<LocalDate> end) {
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            fields.error(
                    Codes.END_BEFORE_START,
                    endName,
                    endName + " (" + end.get() + ") must not be before " + startName + " (" + start.get() + ")",
                    "start",
                    start.get().toString(),
                    "end",
                    end.get().toString());
            return false;
        }
        return true;
    }
}
