package eu.ospo.problem;

import java.util.Locale;

/** How serious a {@link Problem} is. Only {@link #ERROR} makes a document invalid. */
public enum Severity {
    /** The document breaks a rule; it is not valid. */
    ERROR,
    /** The document is valid but uses something deprecated or doubtful. */
    WARNING,
    /** Informational only; never affects a verdict. */
    INFO;

    /**
     * The lower-case name used in text and JSON output ({@code error}, {@code warning}, {@code info}).
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
