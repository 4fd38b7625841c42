package eu.ospo.cli.governance;

import eu.ospo.cli.ExitStatus;
import eu.ospo.governance.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ospo governance report [--date YYYY-MM-DD] [--ruleset FILE] [--format html|...] DIR}: the
 * same evaluation as {@code governance check}, written as a report to publish (by default the HTML
 * dashboard). A report is not a gate: it exits 0 once written, whatever the rules found; {@code
 * governance check} gives the verdict as its exit status.
 */
@Command(
        name = "report",
        description = {
            "Write a report of the governance of DIR: by default the HTML dashboard, one self-contained page "
                    + "(ospo governance report DIR > report.html).",
            "Reads the same files as 'governance check' but exits 0 whatever the rules found; use 'governance "
                    + "check' to fail a build."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the report was written (failing rules included)",
            "2:usage error, bad --date, unreadable or invalid --ruleset, DIR or DIR/governance.yml missing"
        })
public final class GovernanceReportCommand implements Callable<Integer> {

    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Mixin
    private GovernanceInputs inputs = new GovernanceInputs();

    @Option(
            names = "--format",
            paramLabel = "html|text|json|sarif|markdown|github",
            defaultValue = "html",
            converter = FormatConverter.class,
            description = "Report format (default: html, the dashboard).")
    private ReportFormat format = ReportFormat.HTML;

    /** A command that reads today's date from the system clock. */
    public GovernanceReportCommand() {
        this(Clock.systemDefaultZone());
    }

    /**
     * A command with its own clock (tests).
     *
     * @param clock what today is
     */
    public GovernanceReportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        try {
            inputs.report(clock, format, spec.commandLine().getOut(), false);
        } catch (GovernanceInputException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("ospo: " + e.getMessage());
            err.flush();
            return ExitStatus.FAILURE;
        }
        return ExitStatus.OK;
    }
}
