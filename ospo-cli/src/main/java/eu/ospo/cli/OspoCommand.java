package eu.ospo.cli;

import eu.ospo.cli.check.CheckCommand;
import eu.ospo.cli.governance.GovernanceCheckCommand;
import eu.ospo.cli.governance.GovernanceCommand;
import eu.ospo.cli.governance.GovernanceInitCommand;
import eu.ospo.cli.governance.GovernanceReportCommand;
import eu.ospo.cli.publiccode.PubliccodeCommand;
import eu.ospo.cli.publiccode.ValidateCommand;
import eu.ospo.publiccode.net.NetworkOptions;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code ospo} command. It only groups subcommands; running it without one is a usage error.
 *
 * <p>Start-up is kept light: nothing heavy is loaded until a subcommand runs, and {@link
 * #main(String[])} builds picocli's model only for the subcommand named on the command line (the
 * model of each command costs start-up time); {@link #SUBCOMMANDS} lists them all.
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

    /** The names of the subcommands, in the order the help lists them (see {@link #subcommand}). */
    static final List<String> SUBCOMMANDS = List.of("publiccode", "governance", "check");

    /** The command class of a subcommand of {@link #SUBCOMMANDS}. */
    private static Class<?> subcommand(String name) {
        switch (name) {
            case "publiccode":
                return PubliccodeCommand.class;
            case "governance":
                return GovernanceCommand.class;
            case "check":
                return CheckCommand.class;
            default:
                throw new IllegalArgumentException("no subcommand " + name);
        }
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        int status;
        try {
            PrintWriter out = utf8(System.out);
            PrintWriter err = utf8(System.err);
            if (isPlainValidate(args)) {
                status = validateWithoutPicocli(args, out, err);
            } else {
                CommandLine commandLine = commandLine(Clock.systemDefaultZone(), args);
                commandLine.setOut(out);
                commandLine.setErr(err);
                status = commandLine.execute(args);
            }
        } catch (Throwable unexpected) { // last resort: never show a stack trace
            System.err.println(UnexpectedErrorHandler.describe(unexpected));
            status = ExitStatus.FAILURE;
        }
        System.exit(status);
    }

    /**
     * Whether the arguments are {@code publiccode validate FILE...} with only plain file names: none
     * empty, none an option ({@code -...}), none an argument file ({@code @...}). Those run without
     * picocli (see {@link ValidateCommand#validateWithDefaults}); every other command line, with any
     * option, goes through picocli.
     */
    static boolean isPlainValidate(String[] args) {
        if (args.length < 3 || !args[0].equals("publiccode") || !args[1].equals("validate")) {
            return false;
        }
        for (int i = 2; i < args.length; i++) {
            if (args[i].isEmpty() || args[i].charAt(0) == '-' || args[i].charAt(0) == '@') {
                return false;
            }
        }
        return true;
    }

    /** Runs plain {@code publiccode validate FILE...} as picocli would, unexpected failures included. */
    static int validateWithoutPicocli(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return ValidateCommand.validateWithDefaults(Arrays.asList(args).subList(2, args.length), out, err);
        } catch (Exception unexpected) { // as UnexpectedErrorHandler does for picocli
            err.println(UnexpectedErrorHandler.describe(unexpected));
            err.flush();
            return ExitStatus.FAILURE;
        }
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
        Factory factory = new Factory(clock, network);
        CommandLine commandLine = new CommandLine(new OspoCommand(), factory);
        for (String name : subcommands) {
            commandLine.addSubcommand(name, new CommandLine(subcommand(name), factory));
        }
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
            if (type == GovernanceInitCommand.class) {
                return type.cast(new GovernanceInitCommand(clock));
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
