package eu.ospo.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
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
        if (failure instanceof NoSuchFileException) {
            return "no such file";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a directory";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "cannot be read" : "cannot be read: " + message.strip();
    }
}
