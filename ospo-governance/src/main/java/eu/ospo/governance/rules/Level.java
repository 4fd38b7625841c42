package eu.ospo.governance.rules;

import eu.ospo.problem.Severity;
import java.util.Locale;
import java.util.Optional;

/** The level a ruleset gives a rule: off, or the severity of its failures. */
public enum Level {
    /** The rule is not evaluated. */
    OFF,
    /** Failures are informational. */
    INFO,
    /** Failures are warnings. */
    WARNING,
    /** Failures are errors: they fail the check. */
    ERROR;

    /**
     * The severity of failures at this level.
     *
     * @return the severity, or empty for {@link #OFF}
     */
    public Optional<Severity> severity() {
        return switch (this) {
            case OFF -> Optional.empty();
            case INFO -> Optional.of(Severity.INFO);
            case WARNING -> Optional.of(Severity.WARNING);
            case ERROR -> Optional.of(Severity.ERROR);
        };
    }

    /**
     * The level for a severity.
     *
     * @param severity the severity
     * @return the level
     */
    public static Level of(Severity severity) {
        return switch (severity) {
            case INFO -> INFO;
            case WARNING -> WARNING;
            case ERROR -> ERROR;
        };
    }

    /**
     * Parses {@code off}, {@code info}, {@code warning} or {@code error} (any case).
     *
     * @param text the text
     * @return the level, or empty
     */
    public static Optional<Level> parse(String text) {
        for (Level level : values()) {
            if (level.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /**
     * The lower-case name.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
