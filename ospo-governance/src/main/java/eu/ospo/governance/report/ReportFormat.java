package eu.ospo.governance.report;

import java.util.Locale;
import java.util.Optional;

/** The formats a governance report can be written in. */
public enum ReportFormat {
    /** Plain text for people: one block per finding, then a summary. */
    TEXT,
    /** JSON with the stable schema of {@code docs/report.schema.json}. */
    JSON,
    /** SARIF 2.1.0, for code-scanning user interfaces. */
    SARIF,
    /** Markdown: a summary table and a findings table. */
    MARKDOWN,
    /**
     * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice}
     * line per problem and failing finding, with file, line and column, which GitHub shows as
     * annotations on the pull request; then a result line.
     */
    GITHUB,
    /**
     * One self-contained HTML page: charts of the community (with {@link HtmlDashboard}, which takes
     * the governance model) and the findings by rule.
     */
    HTML;

    /**
     * The lower-case name, as written on a command line ({@code text}, {@code json}, {@code sarif},
     * {@code markdown}, {@code github}, {@code html}).
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a format by its label, in any case.
     *
     * @param text the label
     * @return the format, or empty when the text names none
     */
    public static Optional<ReportFormat> parse(String text) {
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
