package eu.ospo.governance.internal.report;

import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.report.ReportFormat;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.ReportWriter;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Location;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.StringJoiner;

/**
 * The Markdown report: a heading with the date, ruleset and result; a summary table (Error, Fail,
 * Warn, Pass, Exempt, N/A, Total); the input problems, if any; and a findings table in the order of
 * the text report. Every value from the files is {@linkplain MarkdownText escaped}: the report holds no
 * raw HTML, and a value cannot add a heading, a row or a cell. Written row by row as it goes.
 */
public final class MarkdownReportWriter implements ReportWriter {

    /** The one instance. */
    public static final MarkdownReportWriter INSTANCE = new MarkdownReportWriter();

    private MarkdownReportWriter() {}

    @Override
    public ReportFormat format() {
        return ReportFormat.MARKDOWN;
    }

    @Override
    public void write(Evaluation evaluation, ReportInput input, Writer out) throws IOException {
        Tally tally = Tally.of(evaluation, input);
        out.write("# Governance check\n\nEvaluated on " + evaluation.date() + " with ruleset "
                + MarkdownText.code(evaluation.rulesetName()) + ": **" + (tally.passed() ? "passed" : "failed")
                + "**.\n\n");
        out.write("| Error | Fail | Warn | Pass | Exempt | N/A | Total |\n");
        out.write("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        out.write(row(
                tally.failures(Severity.ERROR),
                tally.count(Status.FAIL),
                tally.failures(Severity.WARNING),
                tally.count(Status.PASS),
                tally.count(Status.EXEMPTED),
                tally.count(Status.NOT_APPLICABLE),
                tally.total()));
        if (!input.problems().isEmpty()) {
            out.write("\n## Problems in the input files\n\n");
            out.write("| Severity | File | Position | Key | Problem | Code |\n");
            out.write("| --- | --- | --- | --- | --- | --- |\n");
            for (FileProblem fileProblem : ProblemOrder.sorted(input.problems())) {
                Problem problem = fileProblem.problem();
                out.write(row(
                        problem.severity().label(),
                        MarkdownText.text(fileProblem.file()),
                        problem.line() + ":" + problem.column(),
                        MarkdownText.codeInCell(problem.key()),
                        MarkdownText.text(problem.message()),
                        MarkdownText.codeInCell(problem.code())));
            }
        }
        if (!evaluation.findings().isEmpty()) {
            out.write("\n## Findings\n\n");
            out.write("| Severity | Status | Rule | Message | Location |\n");
            out.write("| --- | --- | --- | --- | --- |\n");
            for (Finding finding : FindingOrder.forPeople(evaluation.findings())) {
                out.write(row(
                        finding.severity().label(),
                        finding.status().label(),
                        link(finding),
                        MarkdownText.text(finding.message()),
                        locations(finding)));
            }
        }
        out.flush();
    }

    /** {@code [RULE-ID](anchor)}: the id as literal text, the anchor as a link destination. */
    private static String link(Finding finding) {
        StringBuilder destination = new StringBuilder();
        for (char c : finding.anchor().toString().toCharArray()) {
            if (c == '(' || c == ')' || c == '\\' || c == '|' || c == '<' || c == '>') {
                destination.append('\\');
            }
            destination.append(c);
        }
        return "[" + MarkdownText.text(finding.ruleId()) + "](" + destination + ")";
    }

    /** The locations as code spans, separated by semicolons (no HTML: the report has none). */
    private static String locations(Finding finding) {
        StringJoiner cell = new StringJoiner("; ");
        for (Location location : finding.locations()) {
            String where = MarkdownText.codeInCell(TextReportWriter.position(location));
            cell.add(location.key().isEmpty() ? where : where + " " + MarkdownText.codeInCell(location.key()));
        }
        return cell.toString();
    }

    private static String row(Object... cells) {
        StringJoiner row = new StringJoiner(" | ", "| ", " |\n");
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        return row.toString();
    }
}
