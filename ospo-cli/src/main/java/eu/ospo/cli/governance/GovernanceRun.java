package eu.ospo.cli.governance;

import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.Reports;
import eu.ospo.governance.rules.Evaluation;
import java.util.Objects;

/**
 * What one governance check produced: the evaluation (no findings when governance.yml could not be
 * read into a model) and the report input (tool version, rule descriptions, input problems).
 *
 * @param evaluation the evaluation
 * @param input the report input
 */
public record GovernanceRun(Evaluation evaluation, ReportInput input) {

    /** Checks for nulls. */
    public GovernanceRun {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(input, "input");
    }

    /**
     * Whether the check passed: no error-severity failure and no error in governance.yml.
     *
     * @return true when passed
     */
    public boolean passed() {
        return Reports.passed(evaluation, input);
    }
}
