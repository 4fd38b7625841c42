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
import eu.ospo.problem.TerminalText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The GitHub Actions report: one workflow command per problem of the input files and per failing
 * finding ({@code ::error file=governance.yml,line=4,col=3,title=key.unknown::message}), sorted by
 * file, line and column, then one plain result line. GitHub shows each command as an annotation on
 * the file and line of the pull request.
 *
 * <p>Severity {@code error} gives {@code ::error}, {@code warning} {@code ::warning} and {@code info}
 * {@code ::notice}. A problem's title is its code and its message starts with its key; a finding's
 * title is its rule id, placed at its first location (the others are named in the message; a finding
 * without location is placed on governance.yml). Passing, exempted and not-applicable findings get
 * no command. Values are escaped as GitHub documents for workflow commands ({@code %} as {@code %25},
 * CR as {@code %0D}, LF as {@code %0A}, and in the properties also {@code :} as {@code %3A} and
 * {@code ,} as {@code %2C}), and every other control character or bidi override is shown {@linkplain
 * TerminalText#escape escaped}, so a value can neither end the command nor start another. Only the
 * order is worked out before writing; each line is made as it is written.
 */
public final class GithubReportWriter implements ReportWriter {

    /** The one instance. */
    public static final GithubReportWriter INSTANCE = new GithubReportWriter();

    private GithubReportWriter() {}

    @Override
    public ReportFormat format() {
        return ReportFormat.GITHUB;
    }

    @Override
    public void write(Evaluation evaluation, ReportInput input, Writer out) throws IOException {
        write(Optional.of(evaluation), input, out);
    }

    /**
     * Writes the commands of the input problems and, when there is one, of the evaluation.
     *
     * @param evaluation the evaluation, or empty for a report of file problems only
     * @param input the problems
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void write(Optional<Evaluation> evaluation, ReportInput input, Writer out) throws IOException {
        List<Annotation> annotations = new ArrayList<>();
        for (FileProblem problem : input.problems()) {
            annotations.add(Annotation.of(problem));
        }
        evaluation.ifPresent(e -> e.findings().stream()
                .filter(f -> f.status() == Status.FAIL)
                .forEach(f -> annotations.add(Annotation.of(f))));
        annotations.sort(Annotation.BY_PLACE);
        StringBuilder line = new StringBuilder(256);
        for (Annotation annotation : annotations) {
            line.setLength(0);
            annotation.appendTo(line);
            out.write(line.append('\n').toString());
        }
        out.write(result(evaluation, input) + "\n");
        out.flush();
    }

    /** {@code ospo: passed (1 warning)} or {@code ospo: failed (2 errors, 1 warning)}: counts of what was annotated. */
    private static String result(Optional<Evaluation> evaluation, ReportInput input) {
        long errors =
                input.problems().stream().filter(p -> p.problem().isError()).count();
        long warnings = input.problems().stream()
                .filter(p -> p.problem().severity() == Severity.WARNING)
                .count();
        boolean passed = !input.hasErrors();
        if (evaluation.isPresent()) {
            errors += evaluation.get().failures(Severity.ERROR);
            warnings += evaluation.get().failures(Severity.WARNING);
            passed = passed && evaluation.get().passed();
        }
        List<String> counts = new ArrayList<>(2);
        if (errors > 0) {
            counts.add(errors + (errors == 1 ? " error" : " errors"));
        }
        if (warnings > 0) {
            counts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        return "ospo: " + (passed ? "passed" : "failed")
                + (counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")");
    }

    /**
     * One workflow command: where it goes (for sorting) and what it is made from; its text is made
     * only when it is written.
     */
    private record Annotation(
            Location place,
            @Nullable FileProblem problem,
            @Nullable Finding finding) {

        static final Comparator<Annotation> BY_PLACE = Comparator.comparing(
                        (Annotation a) -> a.place().file())
                .thenComparingInt(a -> a.place().line())
                .thenComparingInt(a -> a.place().column());

        static Annotation of(FileProblem fileProblem) {
            Problem problem = fileProblem.problem();
            return new Annotation(
                    new Location(fileProblem.file(), "", problem.line(), problem.column()), fileProblem, null);
        }

        static Annotation of(Finding finding) {
            Location place = finding.locations().isEmpty()
                    ? Location.of(SarifReportWriter.DEFAULT_ARTIFACT, "")
                    : finding.locations().get(0);
            return new Annotation(place, null, finding);
        }

        private static String command(Severity severity) {
            return switch (severity) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
        }

        void appendTo(StringBuilder line) {
            Severity severity;
            String title;
            String message;
            if (problem != null) {
                Problem p = problem.problem();
                severity = p.severity();
                title = p.code();
                message = p.key().isEmpty() ? p.message() : p.key() + ": " + p.message();
            } else {
                Finding f = Objects.requireNonNull(finding);
                severity = f.severity();
                title = f.ruleId();
                String others = f.locations().stream()
                        .skip(1)
                        .map(TextReportWriter::position)
                        .collect(Collectors.joining(", "));
                message = others.isEmpty() ? f.message() : f.message() + " (also " + others + ")";
            }
            line.append("::").append(command(severity)).append(" file=");
            escape(place.file(), true, line);
            if (place.line() > 0) {
                line.append(",line=").append(place.line());
                if (place.column() > 0) {
                    line.append(",col=").append(place.column());
                }
            }
            line.append(",title=");
            escape(title, true, line);
            line.append("::");
            escape(message, false, line);
        }
    }

    /**
     * Escapes a value of a workflow command as GitHub documents, and every other control character
     * as {@link TerminalText} does.
     *
     * @param value the value
     * @param property whether it is a property ({@code file=}, {@code title=}), where {@code :} and
     *     {@code ,} are escaped too
     * @param out where to append
     */
    static void escape(String value, boolean property, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '\r' -> out.append("%0D");
                case '\n' -> out.append("%0A");
                case ':' -> out.append(property ? "%3A" : ":");
                case ',' -> out.append(property ? "%2C" : ",");
                default -> {
                    if (TerminalText.isUnsafe(c)) {
                        out.append(TerminalText.escape(String.valueOf(c)));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
