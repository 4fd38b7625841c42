package eu.ospo.problem;

import java.util.Map;
import java.util.Objects;

/**
 * One thing wrong with (or worth noting about) a document.
 *
 * <p>Problems are data, not exceptions. The {@link #code()} is stable and meant for programs; the
 * {@link #message()} is for people and may be reworded between releases.
 *
 * @param code stable machine-readable code, for example {@code value.too-long}
 * @param severity how serious the problem is
 * @param key the key path in dotted form, for example {@code description.en.screenshots[0]}; empty
 *     when the problem concerns the whole document
 * @param line 1-based line, or 0 when the position is unknown
 * @param column 1-based column, or 0 when the position is unknown
 * @param message human-readable description
 * @param arguments the values the message was built from (for example {@code max=150}), by name
 */
public record Problem(
        String code,
        Severity severity,
        String key,
        int line,
        int column,
        String message,
        Map<String, String> arguments) {

    /**
     * Checks and copies the components.
     *
     * @throws IllegalArgumentException if the code is blank or a position is negative
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
        arguments = Map.copyOf(arguments);
    }

    /**
     * A problem without arguments.
     *
     * @param code stable code
     * @param severity severity
     * @param key dotted key path, or empty
     * @param line 1-based line or 0
     * @param column 1-based column or 0
     * @param message human-readable message
     * @return the problem
     */
    public static Problem of(String code, Severity severity, String key, int line, int column, String message) {
        return new Problem(code, severity, key, line, column, message, Map.of());
    }

    /**
     * Whether this problem is an {@link Severity#ERROR}.
     *
     * @return true for errors
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Whether the position is known.
     *
     * @return true when line and column are both at least 1
     */
    public boolean hasPosition() {
        return line > 0 && column > 0;
    }

    /**
     * The one-line text form shared with the reference publiccode.yml validator: {@code
     * FILE:LINE:COL: error: KEY: MESSAGE} (the key and its colon are left out when the key is empty).
     * The file name, key and message are {@linkplain TerminalText#escape escaped} for a terminal:
     * control characters and bidi overrides from the file are shown as {@code \e}, {@code \n},
     * {@code \x00} and so on, so the line is always one line and prints as it reads.
     *
     * @param file the file name to print
     * @return the formatted line
     */
    public String format(String file) {
        StringBuilder text = new StringBuilder(file.length() + message.length() + key.length() + 32);
        text.append(TerminalText.escape(file))
                .append(':')
                .append(line)
                .append(':')
                .append(column)
                .append(": ")
                .append(severity.label())
                .append(": ");
        if (!key.isEmpty()) {
            text.append(TerminalText.escape(key)).append(": ");
        }
        return text.append(TerminalText.escape(message)).toString();
    }
}
