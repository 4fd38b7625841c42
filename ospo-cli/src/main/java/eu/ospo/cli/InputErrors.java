package eu.ospo.cli;

import eu.ospo.yaml.NotRegularFileException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Short, human reasons for I/O failures, without exception class names. */
public final class InputErrors {

    private InputErrors() {}

    /**
     * Why a file could not be read.
     *
     * @param failure the exception
     * @return a short reason such as {@code no such file}
     */
    public static String reason(IOException failure) {
        String given = failure instanceof FileSystemException named ? named.getReason() : null;
        if (failure instanceof NotRegularFileException || (failure instanceof NoSuchFileException && given != null)) {
            return given;
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a directory";
        }
        String message = given != null ? given : failure.getMessage();
        return message == null || message.isBlank() ? "cannot be read" : "cannot be read: " + message.strip();
    }

    /**
     * The path and why it could not be read, when the exception names a path.
     *
     * @param failure the exception
     * @param fallback the path to name when the exception names none
     * @return for example {@code repo/governance.yml: no such file}
     */
    public static String describe(IOException failure, String fallback) {
        String file = failure instanceof FileSystemException named ? named.getFile() : null;
        return (file != null ? file : fallback) + ": " + reason(failure);
    }
}
