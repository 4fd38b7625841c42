package eu.ospo.governance.internal.report;

import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.report.ReportFormat;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.ReportWriter;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import eu.ospo.problem.TerminalText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text report, for people. A heading; the input problems in the {@code FILE:LINE:COL: error:
 * KEY: MESSAGE} form of {@code ospo publiccode validate}; one line per finding, {@code SEVERITY
 * STATUS RULE-ID: message}, failures first, failing and exempted findings followed by their
 * locations ({@code file:line:col (key)}) and evidence (which holds an exemption's reason); then a
 * result line. Every text from the files is {@linkplain TerminalText#escape escaped} for a terminal or
 * CI log (control characters and bidi overrides shown, not obeyed). Written finding by finding as it
 * goes.
 */
public final class TextReportWriter implements ReportWriter {

    /** The one instance. */
    public static final TextReportWriter INSTANCE = new TextReportWriter();

    private TextReportWriter() {}

    @Override
    public ReportFormat format() {
        return ReportFormat.TEXT;
    }

    @Override
    public void write(Evaluation evaluation, ReportInput input, Writer out) throws IOException {
        out.write("governance check on " + evaluation.date() + ", ruleset "
                + TerminalText.escape(evaluation.rulesetName()) + "\n");
        if (!input.problems().isEmpty()) {
            out.write("\nproblems:\n");
            for (FileProblem problem : ProblemOrder.sorted(input.problems())) {
                out.write("  " + problem.problem().format(problem.file()) + "\n");
            }
        }
        if (!evaluation.findings().isEmpty()) {
            out.write("\nfindings:\n");
            StringBuilder text = new StringBuilder(256);
            for (Finding finding : FindingOrder.forPeople(evaluation.findings())) {
                text.setLength(0);
                finding(finding, text);
                out.write(text.toString());
            }
        }
        out.write("\n" + result(Tally.of(evaluation, input), input) + "\n");
        out.flush();
    }

    private static void finding(Finding finding, StringBuilder text) {
        text.append("  ")
                .append(pad(finding.severity().name(), 7))
                .append(' ')
                .append(pad(FindingOrder.statusWord(finding.status()), 8))
                .append(' ')
                .append(TerminalText.escape(finding.ruleId()))
                .append(": ")
                .append(TerminalText.escape(finding.message()))
                .append('\n');
        if (finding.status() != Status.FAIL && finding.status() != Status.EXEMPTED) {
            return;
        }
        for (Location location : finding.locations()) {
            text.append("      at ").append(TerminalText.escape(position(location)));
            if (!location.key().isEmpty()) {
                text.append(" (").append(TerminalText.escape(location.key())).append(')');
            }
            text.append('\n');
        }
        if (!finding.evidence().isEmpty()) {
            text.append("      evidence: ")
                    .append(TerminalText.escape(EvidenceText.of(finding.evidence())))
                    .append('\n');
        }
    }

    /** {@code file:line:col}; {@code file} alone when the position is unknown. */
    static String position(Location location) {
        if (location.line() == 0) {
            return location.file();
        }
        return location.file() + ":" + location.line() + ":" + location.column();
    }

    /**
     * {@code result: failed (failures: 1 error, 2 warnings; 20 passed, 1 exempted, 5 not applicable;
     * 29 findings)}.
     */
    private static String result(Tally tally, ReportInput input) {
        List<String> failing = new ArrayList<>(3);
        for (Severity severity : Severity.values()) {
            long count = tally.failures(severity);
            if (count > 0) {
                failing.add(count + " " + severity.label() + (count == 1 || severity == Severity.INFO ? "" : "s"));
            }
        }
        List<String> parts = new ArrayList<>(3);
        if (!failing.isEmpty()) {
            parts.add("failures: " + String.join(", ", failing));
        }
        parts.add(tally.count(Status.PASS) + " passed, " + tally.count(Status.EXEMPTED) + " exempted, "
                + tally.count(Status.NOT_APPLICABLE) + " not applicable");
        parts.add(tally.total() + (tally.total() == 1 ? " finding" : " findings"));
        long problemErrors =
                input.problems().stream().filter(p -> p.problem().isError()).count();
        if (problemErrors > 0) {
            parts.add(problemErrors + " input " + (problemErrors == 1 ? "error" : "errors"));
        }
        return "result: " + (tally.passed() ? "passed" : "failed") + " (" + String.join("; ", parts) + ")";
    }

    private static String pad(String text, int width) {
        return String.format(Locale.ROOT, "%-" + width + "s", text);
    }
}
