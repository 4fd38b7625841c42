package eu.ospo.publiccode.internal.validation;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.yaml.NotRegularFileException;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The problem of a file constraint's {@code Path} that could not be parsed: {@code file.not-regular}
 * for a directory, FIFO, device or socket (never opened), {@code file.unreadable} (argument {@code
 * reason}) for any other I/O failure, such as a missing file.
 */
public final class FileProblems {

    /** Problem code: the path is not a regular file. */
    public static final String NOT_REGULAR = "file.not-regular";

    /** Problem code: the file could not be read. */
    public static final String UNREADABLE = "file.unreadable";

    private FileProblems() {}

    /**
     * The problem for a failed read.
     *
     * @param e the failure
     * @return one problem, of the whole document
     */
    public static List<Problem> of(IOException e) {
        if (e instanceof NotRegularFileException notRegular) {
            String reason = notRegular.getReason() == null ? "not a regular file" : notRegular.getReason();
            return List.of(new Problem(NOT_REGULAR, Severity.ERROR, "", 0, 0, reason, Map.of("reason", reason)));
        }
        String reason = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return List.of(new Problem(
                UNREADABLE, Severity.ERROR, "", 0, 0, "could not be read (" + reason + ")", Map.of("reason", reason)));
    }
}
