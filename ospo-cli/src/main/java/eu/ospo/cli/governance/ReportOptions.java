package eu.ospo.cli.governance;

import eu.ospo.governance.report.ReportFormat;
import picocli.CommandLine.Option;

/**
 * The report options that {@code ospo check} and {@code ospo governance check} share ({@code
 * --format} and {@code --quiet}), as a picocli mixin.
 */
public final class ReportOptions {

    @Option(
            names = "--format",
            paramLabel = "text|json|sarif|markdown|github|html",
            defaultValue = "text",
            converter = FormatConverter.class,
            description = "Report format (default: text); github prints GitHub Actions workflow commands; "
                    + "html writes the dashboard of one DIR.")
    private ReportFormat format = ReportFormat.TEXT;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print only what fails the check (errors and failing rules of error severity); "
                    + "with text, markdown or github nothing at all when the check passes.")
    private boolean quiet;

    /**
     * The report format.
     *
     * @return the format named, text by default
     */
    public ReportFormat format() {
        return format;
    }

    /**
     * Whether to print only what fails the check.
     *
     * @return true with {@code --quiet}
     */
    public boolean quiet() {
        return quiet;
    }
}
