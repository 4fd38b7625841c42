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
 * the text report.
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
        StringBuilder text = new StringBuilder(4096);
        text.append("# Governance check\n\n")
                .append("Evaluated on ")
                .append(evaluation.date())
                .append(" with ruleset `")
                .append(evaluation.rulesetName())
                .append("`: **")
                .append(tally.passed() ? "passed" : "failed")
                .append("**.\n\n");
        text.append("| Error | Fail | Warn | Pass | Exempt | N/A | Total |\n");
        text.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        text.append(row(
                tally.failures(Severity.ERROR),
                tally.count(Status.FAIL),
                tally.failures(Severity.WARNING),
                tally.count(Status.PASS),
                tally.count(Status.EXEMPTED),
                tally.count(Status.NOT_APPLICABLE),
                tally.total()));
        if (!input.problems().isEmpty()) {
            text.append("\n## Problems in the input files\n\n");
            text.append("| Severity | File | Position | Key | Problem | Code |\n");
            text.append("| --- | --- | --- | --- | --- | --- |\n");
            for (FileProblem fileProblem : input.problems()) {
                Problem problem = fileProblem.problem();
                text.append(row(
                        problem.severity().label(),
                        fileProblem.file(),
                        problem.line() + ":" + problem.column(),
                        code(problem.key()),
                        cell(problem.message()),
                        code(problem.code())));
            }
        }
        if (!evaluation.findings().isEmpty()) {
            text.append("\n## Findings\n\n");
            text.append("| Severity | Status | Rule | Message | Location |\n");
            text.append("| --- | --- | --- | --- | --- |\n");
            for (Finding finding : FindingOrder.forPeople(evaluation.findings())) {
                text.append(row(
                        finding.severity().label(),
                        finding.status().label(),
                        "[" + finding.ruleId() + "](" + finding.anchor() + ")",
                        cell(finding.message()),
                        locations(finding)));
            }
        }
        out.write(text.toString());
        out.flush();
    }

    private static String locations(Finding finding) {
        StringJoiner cell = new StringJoiner("<br>");
        for (Location location : finding.locations()) {
            String where = TextReportWriter.position(location);
            cell.add(location.key().isEmpty() ? code(where) : code(where) + " " + code(location.key()));
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

    /** Text in a table cell: pipes escaped, line breaks as spaces, Markdown specials kept literal. */
    static String cell(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '|', '\\', '*', '_', '`', '[', ']', '<', '>' ->
                    escaped.append('\\').append(c);
                case '\n', '\r' -> escaped.append(' ');
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Inline code in a table cell; empty stays empty. */
    static String code(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String safe = text.replace("|", "\\|").replace('\n', ' ').replace('`', '\'');
        return "`" + safe + "`";
    }
}
