package eu.ospo.cli.governance;

import eu.ospo.governance.report.HtmlDashboard;
import eu.ospo.governance.report.ReportFormat;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.ReportWriter;
import eu.ospo.governance.report.Reports;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.model.Governance;
import java.util.Objects;
import java.util.Optional;

/**
 * What one governance check produced: the evaluation (no findings when governance.yml could not be
 * read into a model) and the report input (tool version, rule descriptions, input problems), with
 * the model and the rules the HTML dashboard draws from.
 *
 * @param evaluation the evaluation
 * @param input the report input
 * @param governance the model, or empty when governance.yml could not be read into one
 * @param rules the rules evaluated
 */
public record GovernanceRun(
        Evaluation evaluation, ReportInput input, Optional<Governance> governance, GovernanceRules rules) {

    /** Checks for nulls. */
    public GovernanceRun {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(governance, "governance");
        Objects.requireNonNull(rules, "rules");
    }

    /**
     * The writer of a report format; the HTML dashboard gets the model and the rules.
     *
     * @param format the format
     * @return the writer
     */
    public ReportWriter writer(ReportFormat format) {
        if (format != ReportFormat.HTML) {
            return Reports.writer(format);
        }
        HtmlDashboard.Builder dashboard = HtmlDashboard.builder().rules(rules);
        governance.ifPresent(dashboard::governance);
        return dashboard.build();
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
