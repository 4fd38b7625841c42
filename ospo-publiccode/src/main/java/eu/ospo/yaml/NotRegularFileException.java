package eu.ospo.yaml;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A path given as a file to read is not a regular file: a directory, a FIFO (named pipe), a device
 * or a socket. ospo reads only regular files, because reading anything else may block for ever (a
 * FIFO without a writer) or never end (a device); this is a misuse of the API or the command line,
 * not a content problem, so it is an {@link IOException}. {@link #getReason()} says what the path
 * is instead.
 */
public final class NotRegularFileException extends FileSystemException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for a path that is not a regular file.
     *
     * @param file the path, as given
     * @param reason what it is instead, for example {@code is a directory}
     */
    public NotRegularFileException(String file, String reason) {
        super(file, null, reason);
    }

    /**
     * Checks that a path is a regular file (following symbolic links) before it is opened.
     *
     * @param file the path
     * @throws java.nio.file.NoSuchFileException if nothing is there
     * @throws NotRegularFileException if it is a directory, FIFO, device or socket
     * @throws IOException if its attributes cannot be read
     */
    public static void requireRegularFile(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
            return;
        }
        String reason = attributes.isDirectory() ? "is a directory" : "not a regular file (a FIFO, device or socket)";
        throw new NotRegularFileException(file.toString(), reason);
    }
}
