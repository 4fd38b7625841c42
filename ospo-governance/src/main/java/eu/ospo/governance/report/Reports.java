package eu.ospo.governance.report;

import eu.ospo.governance.internal.report.GithubReportWriter;
import eu.ospo.governance.internal.report.JsonReportWriter;
import eu.ospo.governance.internal.report.MarkdownReportWriter;
import eu.ospo.governance.internal.report.SarifReportWriter;
import eu.ospo.governance.internal.report.TextReportWriter;
import eu.ospo.governance.rules.Evaluation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;

/**
 * The entry point for reports: a {@link ReportWriter} per {@link ReportFormat}.
 *
 * <pre>{@code
 * Reports.write(ReportFormat.SARIF, evaluation, ReportInput.of("1.0.0").withRules(rules), out);
 * }</pre>
 *
 * <p>Every format says whether the check {@linkplain #passed passed}: no error-severity failure and
 * no error among the input-file problems.
 */
public final class Reports {

    private Reports() {}

    /**
     * The writer for a format.
     *
     * @param format the format
     * @return its writer
     */
    public static ReportWriter writer(ReportFormat format) {
        return switch (format) {
            case TEXT -> TextReportWriter.INSTANCE;
            case JSON -> JsonReportWriter.INSTANCE;
            case SARIF -> SarifReportWriter.INSTANCE;
            case MARKDOWN -> MarkdownReportWriter.INSTANCE;
            case GITHUB -> GithubReportWriter.INSTANCE;
            case HTML -> HtmlDashboard.WITHOUT_MODEL;
        };
    }

    /**
     * Writes a report.
     *
     * @param format the format
     * @param evaluation the evaluation
     * @param input the tool version, rule descriptions and input-file problems
     * @param out where to write (flushed, not closed)
     * @throws IOException if writing fails
     */
    public static void write(ReportFormat format, Evaluation evaluation, ReportInput input, Writer out)
            throws IOException {
        writer(format).write(evaluation, input, out);
    }

    /**
     * Writes a report of file problems only, without a rule evaluation: for example the problems of
     * publiccode.yml files, as code scanning ({@link ReportFormat#SARIF SARIF}) or GitHub Actions
     * ({@link ReportFormat#GITHUB GITHUB}) read them. The problems are sorted by file, line and column.
     *
     * @param format {@link ReportFormat#SARIF} or {@link ReportFormat#GITHUB}
     * @param input the tool version and the problems
     * @param out where to write (flushed, not closed)
     * @throws IOException if writing fails
     * @throws IllegalArgumentException for another format (the others summarise an evaluation)
     */
    public static void writeProblems(ReportFormat format, ReportInput input, Writer out) throws IOException {
        switch (format) {
            case SARIF -> SarifReportWriter.INSTANCE.write(Optional.empty(), input, out);
            case GITHUB -> GithubReportWriter.INSTANCE.write(Optional.empty(), input, out);
            default ->
                throw new IllegalArgumentException("a report of problems only is SARIF or GITHUB, not " + format);
        }
    }

    /**
     * A report as a string.
     *
     * @param format the format
     * @param evaluation the evaluation
     * @param input the tool version, rule descriptions and input-file problems
     * @return the report
     */
    public static String asString(ReportFormat format, Evaluation evaluation, ReportInput input) {
        StringWriter text = new StringWriter();
        try {
            write(format, evaluation, input, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /**
     * Whether the check passed: no failure of error severity and no error among the input problems.
     *
     * @param evaluation the evaluation
     * @param input the input problems
     * @return true when passed
     */
    public static boolean passed(Evaluation evaluation, ReportInput input) {
        return evaluation.passed() && !input.hasErrors();
    }
}
