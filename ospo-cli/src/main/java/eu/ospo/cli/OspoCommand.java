package eu.ospo.cli;

import eu.ospo.cli.check.CheckCommand;
import eu.ospo.cli.publiccode.PubliccodeCommand;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        description = "Checks the files that describe public-sector software: publiccode.yml.",
        subcommands = {PubliccodeCommand.class, CheckCommand.class},
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
        CommandLine commandLine = new CommandLine(new OspoCommand());
        commandLine.setExecutionExceptionHandler(new UnexpectedErrorHandler());
        return commandLine;
    }
}
