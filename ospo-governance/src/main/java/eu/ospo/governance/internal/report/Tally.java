package eu.ospo.governance.internal.report;

import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.Reports;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Severity;
import java.util.Map;

/**
 * The counts every report summarises.
 *
 * @param byStatus findings per status, every status present
 * @param errors failures of error severity
 * @param warnings failures of warning severity
 * @param infos failures of info severity
 * @param total all findings
 * @param passed whether the check passed (see {@link Reports#passed})
 */
record Tally(Map<Status, Long> byStatus, long errors, long warnings, long infos, long total, boolean passed) {

    static Tally of(Evaluation evaluation, ReportInput input) {
        return new Tally(
                evaluation.countByStatus(),
                evaluation.failures(Severity.ERROR),
                evaluation.failures(Severity.WARNING),
                evaluation.failures(Severity.INFO),
                evaluation.findings().size(),
                Reports.passed(evaluation, input));
    }

    long count(Status status) {
        return byStatus.getOrDefault(status, 0L);
    }

    long failures(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }
}
