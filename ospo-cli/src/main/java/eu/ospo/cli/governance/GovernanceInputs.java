package eu.ospo.cli.governance;

import eu.ospo.cli.InputErrors;
import eu.ospo.governance.check.FileKind;
import eu.ospo.governance.check.RepositoryCheck;
import eu.ospo.governance.check.RepositoryResult;
import eu.ospo.governance.report.HtmlDashboard;
import eu.ospo.governance.report.ReportFormat;
import eu.ospo.governance.report.RepositoryReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code governance check} and {@code governance report} read from the command line ({@code
 * --date}, {@code --ruleset}, DIR) and the run they share: check the directory, write the report.
 */
final class GovernanceInputs {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Evaluate as on this date (default: today).")
    private @Nullable String date;

    @Option(
            names = "--ruleset",
            paramLabel = "FILE",
            description = "A ruleset file that changes rule levels and parameters (default: the default ruleset); "
                    + "- reads it from standard input.")
    private @Nullable String ruleset;

    @Parameters(index = "0", paramLabel = "DIR", description = "The repository directory.")
    private String directory = "";

    /**
     * Checks DIR as {@code governance check} does and writes the report (the HTML dashboard gets the
     * model and the rules).
     *
     * @param clock what today is
     * @param format the report format
     * @param out where to write
     * @param quiet whether to write only what fails the check (see {@link RepositoryReport#failuresOnly()}),
     *     and with text, markdown or github nothing when it passes
     * @return whether the check passed
     * @throws GovernanceInputException on a bad argument or an input error
     * @throws IOException if writing fails
     */
    boolean report(Clock clock, ReportFormat format, PrintWriter out, boolean quiet)
            throws GovernanceInputException, IOException {
        LocalDate day = EvaluationDate.of(date, clock);
        Optional<RulesetFile> rules = RulesetFile.read(ruleset);
        RepositoryCheck.Builder builder = RepositoryCheck.builder().date(day);
        rules.ifPresent(file -> builder.ruleset(file.ruleset()));
        RepositoryCheck check = builder.build();
        RepositoryResult result = check(check, directory);
        RepositoryReport report = GovernanceReport.of(check, rules, result);
        if (format == ReportFormat.HTML) {
            HtmlDashboard.of(check, result).write(report.evaluation(), report.input(), out);
        } else {
            RepositoryReport written = report;
            if (quiet) {
                written = written.failuresOnly();
            }
            boolean silent = quiet && report.passed() && format != ReportFormat.JSON && format != ReportFormat.SARIF;
            if (!silent) {
                written.write(format, out);
            }
        }
        out.flush();
        return report.passed();
    }

    /** Checks the directory, which must hold a governance.yml. */
    private static RepositoryResult check(RepositoryCheck check, String directory) throws GovernanceInputException {
        Path path;
        try {
            path = Path.of(directory);
        } catch (InvalidPathException e) {
            throw new GovernanceInputException(directory + ": not a valid path");
        }
        RepositoryResult result;
        try {
            result = check.check(path);
        } catch (IOException e) {
            throw new GovernanceInputException(InputErrors.describe(e, directory));
        }
        if (result.file(FileKind.GOVERNANCE).isEmpty()) {
            throw new GovernanceInputException(
                    path.resolve(FileKind.GOVERNANCE.fileNames().get(0)) + ": no such file");
        }
        return result;
    }
}
