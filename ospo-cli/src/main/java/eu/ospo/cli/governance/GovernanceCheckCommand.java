package eu.ospo.cli.governance;

import eu.ospo.cli.ExitStatus;
import eu.ospo.cli.InputErrors;
import eu.ospo.governance.check.FileKind;
import eu.ospo.governance.check.RepositoryCheck;
import eu.ospo.governance.check.RepositoryResult;
import eu.ospo.governance.report.ReportFormat;
import eu.ospo.governance.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ospo governance check [--date YYYY-MM-DD] [--ruleset FILE] [--format text|json|sarif|markdown]
 * DIR}: evaluates the governance rules over {@code DIR/governance.yml} and, when present, {@code
 * DIR/publiccode.yml}, and prints the report on stdout.
 */
@Command(
        name = "check",
        description = {
            "Evaluate the governance rules over DIR/governance.yml (required) and DIR/publiccode.yml "
                    + "(when present) and print a report.",
            "A publiccode.yml with errors is left out (the rules that need it do not apply) and the "
                    + "report says so."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no rule of error severity fails (warnings allowed)",
            "1:a rule of error severity fails, or governance.yml has errors",
            "2:usage error, bad --date, unreadable or invalid --ruleset, DIR or DIR/governance.yml missing"
        })
public final class GovernanceCheckCommand implements Callable<Integer> {

    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Evaluate as on this date (default: today).")
    private @Nullable String date;

    @Option(
            names = "--ruleset",
            paramLabel = "FILE",
            description = "A ruleset file that changes rule levels and parameters (default: the default ruleset).")
    private @Nullable String ruleset;

    @Option(
            names = "--format",
            paramLabel = "text|json|sarif|markdown",
            defaultValue = "text",
            converter = FormatConverter.class,
            description = "Report format (default: text).")
    private ReportFormat format = ReportFormat.TEXT;

    @Parameters(index = "0", paramLabel = "DIR", description = "The repository directory.")
    private String directory = "";

    /** A command that reads today's date from the system clock. */
    public GovernanceCheckCommand() {
        this(Clock.systemDefaultZone());
    }

    /**
     * A command with its own clock (tests).
     *
     * @param clock what today is
     */
    public GovernanceCheckCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        GovernanceReport report;
        try {
            LocalDate day = EvaluationDate.of(date, clock);
            Optional<RulesetFile> rules = RulesetFile.read(ruleset);
            RepositoryCheck.Builder builder = RepositoryCheck.builder().date(day);
            rules.ifPresent(file -> builder.ruleset(file.ruleset()));
            RepositoryCheck check = builder.build();
            report = GovernanceReport.of(check, rules, check(check, directory));
        } catch (GovernanceInputException e) {
            err.println("ospo: " + e.getMessage());
            err.flush();
            return ExitStatus.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        Reports.write(format, report.evaluation(), report.input(), out);
        out.flush();
        return report.passed() ? ExitStatus.OK : ExitStatus.INVALID;
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
