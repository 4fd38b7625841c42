package eu.ospo.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns anything a command did not expect into one line on stderr and exit status 2. */
final class UnexpectedErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println(describe(exception));
        commandLine.getErr().flush();
        return ExitStatus.FAILURE;
    }

    /**
     * The one-line message for an unexpected failure.
     *
     * @param failure what was thrown
     * @return the message
     */
    static String describe(Throwable failure) {
        String detail = failure.getMessage();
        String what =
                failure.getClass().getSimpleName() + (detail == null || detail.isBlank() ? "" : ": " + detail.strip());
        return "ospo: internal error (" + what.lines().findFirst().orElse(what) + ")";
    }
}
