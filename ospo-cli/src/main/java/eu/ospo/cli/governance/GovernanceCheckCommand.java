package eu.ospo.cli.governance;

import eu.ospo.cli.ExitStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ospo governance check [--date YYYY-MM-DD] [--ruleset FILE] [--format text|json|sarif|markdown|github|html]
 * [--quiet] DIR}: evaluates the governance rules over {@code DIR/governance.yml} and, when present, {@code
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

    @Mixin
    private GovernanceInputs inputs = new GovernanceInputs();

    @Mixin
    private ReportOptions reportOptions = new ReportOptions();

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
        boolean passed;
        try {
            passed = inputs.report(
                    clock, reportOptions.format(), spec.commandLine().getOut(), reportOptions.quiet());
        } catch (GovernanceInputException e) {
            err.println("ospo: " + e.getMessage());
            err.flush();
            return ExitStatus.FAILURE;
        }
        return passed ? ExitStatus.OK : ExitStatus.INVALID;
    }
}
