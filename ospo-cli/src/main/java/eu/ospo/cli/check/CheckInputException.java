package eu.ospo.cli.check;

/** A check could not run because its input is missing or unreadable. Its message is for people. */
public final class CheckInputException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * An input failure.
     *
     * @param message what is wrong, naming the file or directory
     */
    public CheckInputException(String message) {
        super(message);
    }
}
