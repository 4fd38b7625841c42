package eu.ospo.cli;

/** The exit statuses every ospo command uses. */
public final class ExitStatus {

    /** No errors; warnings are allowed. */
    public static final int OK = 0;

    /** At least one error in a checked file. */
    public static final int INVALID = 1;

    /** Usage error, missing or unreadable input, or an unexpected failure. */
    public static final int FAILURE = 2;

    private ExitStatus() {}
}
