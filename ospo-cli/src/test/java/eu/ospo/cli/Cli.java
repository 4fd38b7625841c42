package eu.ospo.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine;

/** Runs ospo in-process with captured output. */
final class Cli {

    /**
     * What one run produced.
     *
     * @param exit the exit status
     * @param out standard output
     * @param err standard error
     */
    record Run(int exit, String out, String err) {}

    private Cli() {}

    static Run run(String... args) {
        return run(OspoCommand.commandLine(), args);
    }

    /** Runs with a clock that says today is {@code today} (noon UTC). */
    static Run runOn(LocalDate today, String... args) {
        Clock clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return run(OspoCommand.commandLine(clock), args);
    }

    static Run run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
