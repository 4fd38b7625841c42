package eu.ospo.cli.governance;

import eu.ospo.cli.ExitStatus;
import eu.ospo.governance.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
            paramLabel = "text|json|sarif|markdown|html",
            defaultValue = "text",
            converter = FormatConverter.class,
            description = "Report format (default: text); html writes the dashboard.")
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
        GovernanceRun run;
        try {
            LocalDate day = EvaluationDate.of(date, clock);
            Optional<Path> rules = rulesetFile(ruleset);
            run = new GovernanceRunner(day, rules).run(directory(directory));
        } catch (GovernanceInputException e) {
            err.println("ospo: " + e.getMessage());
            err.flush();
            return ExitStatus.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        run.writer(format).write(run.evaluation(), run.input(), out);
        out.flush();
        return run.passed() ? ExitStatus.OK : ExitStatus.INVALID;
    }

    /**
     * The {@code --ruleset} argument as a path.
     *
     * @param ruleset the argument, or null when not given
     * @return the path, or empty for the default ruleset
     * @throws GovernanceInputException if it is not a valid path
     */
    static Optional<Path> rulesetFile(@Nullable String ruleset) throws GovernanceInputException {
        if (ruleset == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(ruleset));
        } catch (InvalidPathException e) {
            throw new GovernanceInputException("--ruleset " + ruleset + ": not a valid path");
        }
    }

    /**
     * The directory argument as a path that exists.
     *
     * @param directory the argument
     * @return the path
     * @throws GovernanceInputException if it is not a directory
     */
    static Path directory(String directory) throws GovernanceInputException {
        Path path;
        try {
            path = Path.of(directory);
        } catch (InvalidPathException e) {
            throw new GovernanceInputException(directory + ": not a valid path");
        }
        if (!Files.isDirectory(path)) {
            throw new GovernanceInputException(
                    directory + (Files.exists(path) ? ": not a directory" : ": no such directory"));
        }
        return path;
    }
}
