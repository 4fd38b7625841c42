package eu.ospo.cli.check;

import eu.ospo.cli.ToolVersion;
import eu.ospo.cli.governance.GovernanceInputException;
import eu.ospo.cli.governance.GovernanceRun;
import eu.ospo.cli.governance.GovernanceRunner;
import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.report.ReportFormat;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.Reports;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Ruleset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code ospo check --format html}: the HTML dashboard of a repository directory. The problems of
 * its publiccode.yml come first among the file problems; when the directory has a governance.yml,
 * the page charts its community and lists the findings of the default rules.
 */
final class CheckDashboard {

    private CheckDashboard() {}

    /**
     * Writes the page.
     *
     * @param directory the repository directory
     * @param date the evaluation date
     * @param out where to write
     * @return whether everything is valid: no error in a file and no failing rule of error severity
     * @throws CheckInputException if a file is missing or unreadable
     * @throws IOException if writing fails
     */
    static boolean write(Path directory, LocalDate date, PrintWriter out) throws CheckInputException, IOException {
        Section publiccode = new PubliccodeCheck().run(directory);
        Path publiccodeFile = Path.of(publiccode.file()).getFileName();
        String publiccodeName = publiccodeFile == null ? publiccode.title() : publiccodeFile.toString();
        boolean valid = publiccode.verdict().isValid();
        if (!GovernanceRunner.hasGovernanceFile(directory)) {
            ReportInput input =
                    ReportInput.of(ToolVersion.number()).withProblems(publiccodeName, publiccode.problems());
            Reports.write(ReportFormat.HTML, new Evaluation(date, Ruleset.DEFAULT_NAME, List.of()), input, out);
            return valid;
        }
        GovernanceRun run;
        try {
            run = new GovernanceRunner(date, Optional.empty()).run(directory);
        } catch (GovernanceInputException e) {
            throw new CheckInputException(e.getMessage());
        }
        ReportInput input = new ReportInput(
                run.input().toolVersion(),
                run.input().ruleDescriptions(),
                Stream.concat(
                                publiccode.problems().stream().map(p -> new FileProblem(publiccodeName, p)),
                                run.input().problems().stream())
                        .toList());
        run.writer(ReportFormat.HTML).write(run.evaluation(), input, out);
        return valid && run.passed();
    }
}
