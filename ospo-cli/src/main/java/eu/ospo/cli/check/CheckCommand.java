package eu.ospo.cli.check;

import eu.ospo.cli.ExitStatus;
import eu.ospo.cli.InputErrors;
import eu.ospo.cli.governance.EvaluationDate;
import eu.ospo.cli.governance.GovernanceInputException;
import eu.ospo.governance.check.FileKind;
import eu.ospo.governance.check.RepositoryCheck;
import eu.ospo.governance.check.RepositoryResult;
import eu.ospo.governance.report.HtmlDashboard;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.net.NetworkOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ospo check [--date YYYY-MM-DD] [--network] DIR}: runs a {@link RepositoryCheck} on a repository
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

    @Option(
            names = "--network",
            description = "Also run the online checks of publiccode.yml (URLs answer, url is a code repository, "
                    + "remote logos and screenshots are images, videos resolve). Off by default.")
    private boolean network;

    @Parameters(index = "0", paramLabel = "DIR", description = "The repository directory.")
    private String directory = "";

    private final NetworkOptions networkOptions;

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
        this(clock, NetworkOptions.defaults());
    }

    /**
     * A command with its own clock and the options {@code --network} uses (tests).
     *
     * @param clock what today is
     * @param networkOptions the options of the online checks
     */
    public CheckCommand(Clock clock, NetworkOptions networkOptions) {
        this.clock = clock;
        this.networkOptions = networkOptions;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RepositoryCheck check;
        try {
            RepositoryCheck.Builder builder = RepositoryCheck.builder().date(EvaluationDate.of(date, clock));
            if (network) {
                builder.publiccodeParser(
                        PubliccodeParser.builder().network(networkOptions).build());
            }
            check = builder.build();
        } catch (GovernanceInputException e) {
            return fail(err, e.getMessage());
        }
        Path path;
        try {
            path = Path.of(directory);
        } catch (InvalidPathException e) {
            return fail(err, directory + ": not a valid path");
        }
        RepositoryResult result;
        try {
            result = check.check(path);
        } catch (IOException e) {
            return fail(err, InputErrors.describe(e, directory));
        }
        if (result.file(FileKind.PUBLICCODE).isEmpty()) {
            return fail(
                    err,
                    directory + ": no " + String.join(" or ", FileKind.PUBLICCODE.fileNames()) + " in this directory");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == CheckFormat.HTML) {
            HtmlDashboard.write(check, result, out); // every file's problems, the community, the findings
        } else {
            CheckReport.print(directory, Sections.of(result, network), out);
        }
        out.flush();
        return result.isValid() ? ExitStatus.OK : ExitStatus.INVALID;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("ospo: " + message);
        err.flush();
        return ExitStatus.FAILURE;
    }
}
