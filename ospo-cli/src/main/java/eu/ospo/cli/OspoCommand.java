package eu.ospo.cli;

import eu.ospo.cli.check.CheckCommand;
import eu.ospo.cli.governance.GovernanceCheckCommand;
import eu.ospo.cli.governance.GovernanceCommand;
import eu.ospo.cli.governance.GovernanceReportCommand;
import eu.ospo.cli.publiccode.PubliccodeCommand;
import eu.ospo.cli.publiccode.ValidateCommand;
import eu.ospo.publiccode.net.NetworkOptions;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code ospo} command. It only groups subcommands; running it without one is a usage error.
 *
 * <p>Start-up is kept light: nothing heavy is loaded until a subcommand runs.
 */
@Command(
        name = "ospo",
        scope = ScopeType.INHERIT, // subcommands get -h/-V and the version too
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks the files that describe public-sector software: publiccode.yml and governance.yml.",
        subcommands = {PubliccodeCommand.class, GovernanceCommand.class, CheckCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no errors (warnings allowed)",
            "1:at least one error",
            "2:usage error, unreadable input or unexpected failure"
        })
public final class OspoCommand {

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        int status;
        try {
            CommandLine commandLine = commandLine();
            commandLine.setOut(utf8(System.out));
            commandLine.setErr(utf8(System.err));
            status = commandLine.execute(args);
        } catch (Throwable unexpected) { // last resort: never show a stack trace
            System.err.println(UnexpectedErrorHandler.describe(unexpected));
            status = ExitStatus.FAILURE;
        }
        System.exit(status);
    }

    /** Reports are UTF-8 whatever the platform's default (JSON must be). */
    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /**
     * A fully configured command line (exit codes, error handling). Tests call this and set their
     * own output writers.
     *
     * @return the command line
     */
    public static CommandLine commandLine() {
        return commandLine(Clock.systemDefaultZone());
    }

    /**
     * A fully configured command line whose commands take today's date from a clock (tests pass a
     * fixed one). The command line is the only part of ospo that reads the clock.
     *
     * @param clock what today is
     * @return the command line
     */
    public static CommandLine commandLine(Clock clock) {
        return commandLine(clock, NetworkOptions.defaults());
    }

    /**
     * A fully configured command line whose {@code --network} uses the given options (tests pass
     * ones that reach a server on their own machine; the command line itself always uses {@link
     * NetworkOptions#defaults()}).
     *
     * @param clock what today is
     * @param network the options of the online checks
     * @return the command line
     */
    public static CommandLine commandLine(Clock clock, NetworkOptions network) {
        CommandLine commandLine = new CommandLine(new OspoCommand(), new Factory(clock, network));
        commandLine.setExecutionExceptionHandler(new UnexpectedErrorHandler());
        return commandLine;
    }

    /**
     * Creates the commands that need the clock or the network options with them, and everything
     * else as picocli does.
     */
    private static final class Factory implements CommandLine.IFactory {

        private final Clock clock;
        private final NetworkOptions network;

        Factory(Clock clock, NetworkOptions network) {
            this.clock = clock;
            this.network = network;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == GovernanceCheckCommand.class) {
                return type.cast(new GovernanceCheckCommand(clock));
            }
            if (type == GovernanceReportCommand.class) {
                return type.cast(new GovernanceReportCommand(clock));
            }
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(clock, network));
            }
            if (type == ValidateCommand.class) {
                return type.cast(new ValidateCommand(network));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
