package eu.ospo.cli.publiccode;

import eu.ospo.Ospo;
import eu.ospo.cli.ExitStatus;
import eu.ospo.cli.StandardInput;
import eu.ospo.governance.report.ReportFormat;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.Reports;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.net.NetworkOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ospo publiccode validate [--format text|json|sarif|github] [--quiet] [--base-dir DIR] [--network]
 * FILE...}; a FILE {@code -} is read from standard input.
 *
 * <p>Every file is validated even when an earlier one is missing or invalid. Files that cannot be
 * read are named on stderr and left out of the report. With {@code --network} the online checks run
 * and a FILE may be an http(s) URL; without it, the text report ends with one note saying they did
 * not run.
 */
@Command(
        name = "validate",
        description = "Validate publiccode.yml files.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no errors (warnings allowed)",
            "1:at least one error in any file",
            "2:usage error, or a file could not be read"
        })
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--format",
            paramLabel = "text|json|sarif|github",
            defaultValue = "text",
            converter = OutputFormat.Converter.class,
            description = "Output format: text (default), json, sarif (code scanning) or github (GitHub Actions "
                    + "workflow commands).")
    private OutputFormat format;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print only the errors: no summary lines, no warnings; with text or github nothing at all "
                    + "when every file is valid.")
    private boolean quiet;

    @Option(
            names = "--base-dir",
            paramLabel = "DIR",
            description = "Resolve relative file references (logo, screenshots) against DIR "
                    + "instead of each file's own directory.")
    private Path baseDirectory;

    @Option(
            names = "--network",
            description = "Also run the online checks, as the reference validator does: the URLs must answer, "
                    + "url must be a code repository, remote logos and screenshots must be images, videos must "
                    + "resolve through oEmbed. A FILE may then be an http(s) URL. Off by default: no request is made.")
    private boolean network;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "The publiccode.yml files to validate; - reads one from standard input (with --network, "
                    + "also http(s) URLs).")
    private List<String> files;

    private final NetworkOptions networkOptions;

    /** The command with the default network options. */
    public ValidateCommand() {
        this(NetworkOptions.defaults());
    }

    /**
     * The command with the options {@code --network} uses (tests).
     *
     * @param networkOptions the options of the online checks
     */
    public ValidateCommand(NetworkOptions networkOptions) {
        this.networkOptions = networkOptions;
    }

    @Override
    public Integer call() {
        return validate(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Runs {@code ospo publiccode validate FILE...} with every option at its default, without
     * picocli: {@link eu.ospo.cli.Main} takes this path for plain file arguments, since
     * building picocli's model is most of the start-up time of a one-file run. The output is the
     * same as through picocli (a test compares them).
     *
     * @param files the files, none of them empty or starting with {@code -} or {@code @}
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    public static int validateWithDefaults(List<String> files, PrintWriter out, PrintWriter err) {
        ValidateCommand command = new ValidateCommand();
        command.format = OutputFormat.TEXT;
        command.files = List.copyOf(files);
        return command.validate(out, err);
    }

    private int validate(PrintWriter out, PrintWriter err) {
        if (baseDirectory != null && !Files.isDirectory(baseDirectory)) {
            err.println("ospo: --base-dir " + baseDirectory + ": no such directory");
            return ExitStatus.FAILURE;
        }
        if (files.stream().filter(StandardInput::is).count() > 1) {
            err.println("ospo: - (standard input) can be given once");
            err.flush();
            return ExitStatus.FAILURE;
        }
        PubliccodeParser parser = parser();
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        boolean unreadable = false;
        // on every core: with many files (a corpus, a monorepo) this is most of the run
        int threads = Runtime.getRuntime().availableProcessors();
        for (FileValidations.Result result : FileValidations.validate(file -> validate(parser, file), files, threads)) {
            if (result.outcome() != null) {
                outcomes.add(result.outcome());
            } else {
                err.println(result.unreadable());
                unreadable = true;
            }
        }
        err.flush();
        try {
            print(outcomes, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a PrintWriter does not throw
        }
        if (unreadable) {
            return ExitStatus.FAILURE;
        }
        for (FileOutcome outcome : outcomes) {
            if (!outcome.verdict().isValid()) {
                return ExitStatus.INVALID;
            }
        }
        return ExitStatus.OK;
    }

    private PubliccodeParser parser() {
        PubliccodeParser.Builder builder = PubliccodeParser.builder();
        if (baseDirectory != null) {
            builder.baseDirectory(baseDirectory);
        }
        if (network) {
            builder.network(networkOptions);
        }
        return builder.build();
    }

    private FileOutcome validate(PubliccodeParser parser, String file) throws IOException {
        if (StandardInput.is(file)) {
            return new FileOutcome(file, parser.parse(StandardInput.stream()).problems());
        }
        if (!NetworkOption.isUrl(file)) {
            return new FileOutcome(file, parser.parse(Path.of(file)).problems());
        }
        if (!network) {
            throw new IllegalArgumentException("a URL is fetched only with --network");
        }
        return new FileOutcome(file, parser.parse(NetworkOption.uri(file)).problems());
    }

    private void print(List<FileOutcome> outcomes, PrintWriter out) throws IOException {
        List<FileOutcome> shown =
                quiet ? outcomes.stream().map(FileOutcome::errorsOnly).toList() : outcomes;
        boolean silent = quiet && shown.stream().allMatch(o -> o.problems().isEmpty());
        switch (format) {
            case JSON -> JsonReport.print(shown, out);
            case SARIF -> Reports.writeProblems(ReportFormat.SARIF, input(shown), out);
            case GITHUB -> {
                if (!silent) {
                    Reports.writeProblems(ReportFormat.GITHUB, input(shown), out);
                }
            }
            case TEXT -> {
                if (quiet) {
                    TextReport.printProblems(shown, out);
                } else {
                    TextReport.print(shown, out);
                    if (!network && !shown.isEmpty()) {
                        out.println(NetworkOption.OFFLINE_NOTE);
                    }
                }
            }
        }
        out.flush();
    }

    /** The problems of every file, for the library's reports. */
    private static ReportInput input(List<FileOutcome> outcomes) {
        ReportInput input = ReportInput.of(Ospo.version());
        for (FileOutcome outcome : outcomes) {
            input = input.withProblems(outcome.file(), outcome.problems());
        }
        return input;
    }
}
