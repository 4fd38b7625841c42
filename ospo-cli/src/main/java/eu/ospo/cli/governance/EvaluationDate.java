package eu.ospo.cli.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation date: {@code --date YYYY-MM-DD}, or today by the clock. The command line is the
 * only part of ospo that reads the clock; everything else gets the date passed in.
 */
public final class EvaluationDate {

    private EvaluationDate() {}

    /**
     * The date to evaluate on.
     *
     * @param option the {@code --date} value, or null when not given
     * @param clock the clock that says what today is
     * @return the date
     * @throws GovernanceInputException if the option is not a real {@code YYYY-MM-DD} date
     */
    public static LocalDate of(@Nullable String option, Clock clock) throws GovernanceInputException {
        if (option == null) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(option.strip());
        } catch (DateTimeParseException e) {
            throw new GovernanceInputException("--date " + option + ": not a date (expected YYYY-MM-DD)");
        }
    }
}
