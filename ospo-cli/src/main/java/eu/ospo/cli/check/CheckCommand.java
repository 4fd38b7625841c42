package eu.ospo.cli.check;

import eu.ospo.cli.ExitStatus;
import eu.ospo.cli.governance.EvaluationDate;
import eu.ospo.cli.governance.GovernanceInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ospo check [--date YYYY-MM-DD] DIR}: runs every {@link Check} that applies to a repository
 * directory and prints one report.
 */
@Command(
        name = "check",
        description = {
            "Check a repository directory: validates its publiccode.yml (or publiccode.yaml) and, when "
                    + "DIR/governance.yml exists, evaluates the governance rules (default ruleset).",
            "--format html writes the same check as the HTML dashboard (ospo check --format html DIR > report.html)."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no errors (warnings allowed)",
            "1:at least one error: in publiccode.yml, in governance.yml, or a failing rule of error severity",
            "2:usage error, bad --date, DIR missing, no publiccode file in DIR, or an unreadable file"
        })
public final class CheckCommand implements Callable<Integer> {

    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Evaluate the governance rules as on this date (default: today).")
    private @Nullable String date;

    @Option(
            names = "--format",
            paramLabel = "text|html",
            defaultValue = "text",
            converter = CheckFormat.Converter.class,
            description = "Report format (default: text); html writes the dashboard.")
    private CheckFormat format = CheckFormat.TEXT;

    @Parameters(index = "0", paramLabel = "DIR", description = "The repository directory.")
    private String directory = "";

    /** A command that reads today's date from the system clock. */
    public CheckCommand() {
        this(Clock.systemDefaultZone());
    }

    /**
     * A command with its own clock (tests).
     *
     * @param clock what today is
     */
    public CheckCommand(Clock clock) {
        this.clock = clock;
    }

    /** The checks, in report order. */
    private static List<Check> checks(LocalDate day) {
        return List.of(new PubliccodeCheck(), new GovernanceCheck(day));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day;
        try {
            day = EvaluationDate.of(date, clock);
        } catch (GovernanceInputException e) {
            return fail(err, e.getMessage());
        }
        Path path;
        try {
            path = Path.of(directory);
        } catch (InvalidPathException e) {
            return fail(err, directory + ": not a valid path");
        }
        if (!Files.isDirectory(path)) {
            return fail(err, directory + (Files.exists(path) ? ": not a directory" : ": no such directory"));
        }
        if (format == CheckFormat.HTML) {
            return dashboard(path, day, err);
        }
        List<Section> sections = new ArrayList<>();
        for (Check check : checks(day)) {
            if (!check.appliesTo(path)) {
                continue;
            }
            try {
                sections.add(check.run(path));
            } catch (CheckInputException e) {
                return fail(err, e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        CheckReport.print(directory, sections, out);
        out.flush();
        return sections.stream().allMatch(s -> s.verdict().isValid()) ? ExitStatus.OK : ExitStatus.INVALID;
    }

    private int dashboard(Path path, LocalDate day, PrintWriter err) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        boolean valid;
        try {
            valid = CheckDashboard.write(path, day, out);
        } catch (CheckInputException e) {
            return fail(err, e.getMessage());
        }
        out.flush();
        return valid ? ExitStatus.OK : ExitStatus.INVALID;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("ospo: " + message);
        err.flush();
        return ExitStatus.FAILURE;
    }
}
