package eu.ospo.cli;

import eu.ospo.cli.check.CheckCommand;
import eu.ospo.cli.governance.GovernanceCheckCommand;
import eu.ospo.cli.governance.GovernanceCommand;
import eu.ospo.cli.governance.GovernanceInitCommand;
import eu.ospo.cli.governance.GovernanceReportCommand;
import eu.ospo.cli.publiccode.PubliccodeCommand;
import eu.ospo.cli.publiccode.ValidateCommand;
import eu.ospo.publiccode.net.NetworkOptions;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine;

/**
 * Builds picocli's command line of {@code ospo} with the subcommands asked for.
 *
 * <p>Kept apart from {@link OspoCommand} on purpose: the JVM checks the type relations a class's
 * code relies on (here: this factory is a picocli {@code IFactory}) when it links the class, which
 * loads picocli; {@link Main} must not load picocli when it validates plain files.
 */
final class CommandTree {

    private CommandTree() {}

    /**
     * The root command with the named subcommands of {@link OspoCommand#SUBCOMMANDS}, in that order,
     * whose commands take today from the clock and use these options for {@code --network}.
     */
    static CommandLine commandLine(OspoCommand root, Clock clock, NetworkOptions network, List<String> subcommands) {
        Factory factory = new Factory(clock, network);
        CommandLine commandLine = new CommandLine(root, factory);
        for (String name : subcommands) {
            commandLine.addSubcommand(name, new CommandLine(subcommand(name), factory));
        }
        commandLine.setExecutionExceptionHandler(new UnexpectedErrorHandler());
        return commandLine;
    }

    /** The command class of a subcommand of {@link OspoCommand#SUBCOMMANDS}. */
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
