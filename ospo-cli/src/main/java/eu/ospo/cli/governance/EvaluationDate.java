package eu.ospo.cli.governance;

import eu.ospo.governance.rules.RuleContext;
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
     * @throws GovernanceInputException if the option is not a real {@code YYYY-MM-DD} date, or the
     *     date is outside the supported range (years 1900 to 9999)
     */
    public static LocalDate of(@Nullable String option, Clock clock) throws GovernanceInputException {
        LocalDate date;
        if (option == null) {
            date = LocalDate.now(clock);
        } else {
            try {
                date = LocalDate.parse(option.strip());
            } catch (DateTimeParseException e) {
                throw new GovernanceInputException("--date " + option + ": not a date (expected YYYY-MM-DD)");
            }
        }
        if (date.isBefore(RuleContext.EARLIEST_DATE) || date.isAfter(RuleContext.LATEST_DATE)) {
            throw new GovernanceInputException((option == null ? "today (" + date + ")" : "--date " + option)
                    + ": outside the supported range " + RuleContext.EARLIEST_DATE + " to " + RuleContext.LATEST_DATE);
        }
        return date;
    }
}
