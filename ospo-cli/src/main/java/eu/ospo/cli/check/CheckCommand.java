package eu.ospo.cli.check;

import eu.ospo.cli.ExitStatus;
import eu.ospo.cli.InputErrors;
import eu.ospo.cli.governance.EvaluationDate;
import eu.ospo.cli.governance.GovernanceInputException;
import eu.ospo.cli.governance.ReportOptions;
import eu.ospo.cli.governance.RulesetFile;
import eu.ospo.governance.check.FileKind;
import eu.ospo.governance.check.RepositoryCheck;
import eu.ospo.governance.check.RepositoryResult;
import eu.ospo.governance.report.HtmlDashboard;
import eu.ospo.governance.report.ReportFormat;
import eu.ospo.governance.report.RepositoryReport;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.net.NetworkOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ospo check [--date YYYY-MM-DD] [--ruleset FILE] [--format FORMAT] [--quiet] [--network] DIR...}:
 * runs a {@link RepositoryCheck} on repository directories and prints one report of them all.
 */
@Command(
        name = "check",
        description = {
            "Check repository directories: validates each one's publiccode.yml (or publiccode.yaml) and, when "
                    + "DIR/governance.yml exists, evaluates the governance rules (default ruleset).",
            "--format text (default) is for people; json, sarif (code scanning), markdown and github (GitHub "
                    + "Actions annotations) are the library's reports of all the DIRs together, problems sorted "
                    + "by file, line and column; with several DIRs each file is named DIR/file.",
            "--format html writes the HTML dashboard of one DIR (ospo check --format html DIR > report.html)."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no errors (warnings allowed)",
            "1:at least one error: in publiccode.yml, in governance.yml, or a failing rule of error severity",
            "2:usage error, bad --date, unreadable or invalid --ruleset, a DIR missing, no publiccode file in a DIR, "
                    + "or an unreadable file"
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
            names = "--ruleset",
            paramLabel = "FILE",
            description = "A ruleset file that changes rule levels and parameters (default: the default ruleset); "
                    + "- reads it from standard input.")
    private @Nullable String ruleset;

    @Mixin
    private ReportOptions reportOptions = new ReportOptions();

    @Option(
            names = "--network",
            description = "Also run the online checks of publiccode.yml (URLs answer, url is a code repository, "
                    + "remote logos and screenshots are images, videos resolve). Off by default.")
    private boolean network;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "The repository directories.")
    private List<String> directories = List.of();

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
        if (reportOptions.format() == ReportFormat.HTML && directories.size() > 1) {
            return fail(err, "--format html writes the dashboard of one DIR, not " + directories.size());
        }
        RepositoryCheck check;
        Optional<RulesetFile> rules;
        try {
            rules = RulesetFile.read(ruleset);
            RepositoryCheck.Builder builder = RepositoryCheck.builder().date(EvaluationDate.of(date, clock));
            rules.ifPresent(file -> builder.ruleset(file.ruleset()));
            if (network) {
                builder.publiccodeParser(
                        PubliccodeParser.builder().network(networkOptions).build());
            }
            check = builder.build();
        } catch (GovernanceInputException e) {
            return fail(err, e.getMessage());
        }
        List<RepositoryResult> results = new ArrayList<>(directories.size());
        boolean unreadable = false;
        for (String directory : directories) {
            try {
                results.add(check(check, directory));
            } catch (GovernanceInputException e) {
                err.println("ospo: " + e.getMessage());
                unreadable = true;
            }
        }
        err.flush();
        if (unreadable) {
            return ExitStatus.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean valid = results.stream().allMatch(RepositoryResult::isValid);
        if (reportOptions.format() == ReportFormat.HTML) {
            HtmlDashboard.write(check, results.get(0), out); // every file's problems, the community, the findings
        } else if (reportOptions.format() == ReportFormat.TEXT) {
            rules.ifPresent(file -> file.warnings().forEach(w -> err.println("ospo: " + w.format(file.file()))));
            err.flush();
            for (int i = 0; i < results.size(); i++) {
                List<Section> sections = Sections.of(results.get(i), network);
                if (reportOptions.quiet()) {
                    CheckReport.printFailures(sections, out);
                } else {
                    if (i > 0) {
                        out.println();
                    }
                    CheckReport.print(directories.get(i), sections, out);
                }
            }
        } else {
            RepositoryReport report = RepositoryReport.of(check, results);
            if (rules.isPresent()) {
                report = report.withProblems(rules.get().file(), rules.get().warnings());
            }
            if (reportOptions.quiet()) {
                report = report.failuresOnly();
            }
            boolean silent = reportOptions.quiet()
                    && valid
                    && reportOptions.format() != ReportFormat.JSON
                    && reportOptions.format() != ReportFormat.SARIF;
            if (!silent) {
                report.write(reportOptions.format(), out);
            }
        }
        out.flush();
        return valid ? ExitStatus.OK : ExitStatus.INVALID;
    }

    /** Checks one directory, which must hold a publiccode file. */
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
        if (result.file(FileKind.PUBLICCODE).isEmpty()) {
            throw new GovernanceInputException(
                    directory + ": no " + String.join(" or ", FileKind.PUBLICCODE.fileNames()) + " in this directory");
        }
        return result;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("ospo: " + message);
        err.flush();
        return ExitStatus.FAILURE;
    }
}
