package eu.ospo.cli.governance;

/**
 * The governance check could not run: a usage or input error (exit status 2). Its message is for
 * people and names the file or option.
 */
public final class GovernanceInputException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * An input failure.
     *
     * @param message what is wrong
     */
    public GovernanceInputException(String message) {
        super(message);
    }
}
