package eu.ospo.cli;

import eu.ospo.publiccode.net.NetworkOptions;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code ospo} command. It only groups subcommands; running it without one is a usage error.
 *
 * <p>Start-up is kept light: nothing heavy is loaded until a subcommand runs, and {@link
 * #execute} builds picocli's model only for the subcommand named on the command line (the model of
 * each command costs start-up time); {@link #SUBCOMMANDS} lists them all. {@link Main} is the entry
 * point.
 */
@Command(
        name = "ospo",
        scope = ScopeType.INHERIT, // subcommands get -h/-V and the version too
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks the files that describe public-sector software: publiccode.yml and governance.yml.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no errors (warnings allowed)",
            "1:at least one error",
            "2:usage error, unreadable input or unexpected failure"
        })
public final class OspoCommand {

    /** The names of the subcommands, in the order the help lists them (built by {@link CommandTree}). */
    static final List<String> SUBCOMMANDS = List.of("publiccode", "governance", "check");

    /**
     * Runs the command line and exits with its status (as {@link Main#main}, the entry point).
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        Main.main(args);
    }

    /**
     * Runs the arguments through picocli, with only the subcommand they name built.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(Clock.systemDefaultZone(), args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
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
        return commandLine(clock, SUBCOMMANDS, NetworkOptions.defaults());
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
        return commandLine(clock, SUBCOMMANDS, network);
    }

    /**
     * The command line for these arguments: with only the subcommand the first argument names, or
     * with all of them when it names none (options, help, no arguments, a mistyped name). It behaves
     * as the full command line on these arguments, and starts faster.
     *
     * @param clock what today is
     * @param args the arguments it will run
     * @return the command line
     */
    static CommandLine commandLine(Clock clock, String[] args) {
        if (args.length > 0 && SUBCOMMANDS.contains(args[0])) {
            return commandLine(clock, List.of(args[0]), NetworkOptions.defaults());
        }
        return commandLine(clock);
    }

    private static CommandLine commandLine(Clock clock, List<String> subcommands, NetworkOptions network) {
        return CommandTree.commandLine(new OspoCommand(), clock, network, subcommands);
    }
}
