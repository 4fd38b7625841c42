package eu.ospo.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Location;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reports are written to the writer as they are made, never built whole in memory first: a report
 * of many findings and problems reaches the writer in many small pieces, and a writer that fails
 * early stops the report early. (The bytes written are the golden files' ones: {@link
 * GoldenReportTest}.)
 */
class ReportStreamingTest {

    private static final int MANY = 20_000;

    /** The largest piece a streaming report hands over at once (the JSON generator's buffer is 8,000 chars). */
    private static final int PIECE = 64 * 1024;

    @ParameterizedTest
    @EnumSource(
            value = ReportFormat.class,
            names = {"TEXT", "JSON", "SARIF", "MARKDOWN", "GITHUB"})
    void aLargeReportReachesTheWriterInSmallPieces(ReportFormat format) throws IOException {
        Evaluation evaluation = manyFindings();
        ReportInput input = manyProblems();
        RecordingWriter out = new RecordingWriter(Long.MAX_VALUE);

        Reports.write(format, evaluation, input, out);

        assertThat(out.total).as("report size").isGreaterThan(2_000_000);
        assertThat(out.largest).as("largest single write").isLessThanOrEqualTo(PIECE);
        assertThat(out.writes).as("writes").isGreaterThan((int) (out.total / PIECE));
        assertThat(out.text.toString()).isEqualTo(Reports.asString(format, evaluation, input));
    }

    @ParameterizedTest
    @EnumSource(
            value = ReportFormat.class,
            names = {"TEXT", "JSON", "SARIF", "MARKDOWN", "GITHUB"})
    void aWriterThatFailsStopsTheReportEarly(ReportFormat format) {
        RecordingWriter out = new RecordingWriter(100_000);

        assertThatThrownBy(() -> Reports.write(format, manyFindings(), manyProblems(), out))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("disk full");
        // a report made whole before writing would fail on its first, multi-megabyte write
        assertThat(out.total).as("chars taken before the failure").isBetween(100_000L - PIECE, 100_000L);
    }

    private static Evaluation manyFindings() {
        List<Finding> findings = new ArrayList<>(MANY);
        for (int i = 0; i < MANY; i++) {
            findings.add(new Finding(
                    "RULE-" + (i % 7),
                    Severity.values()[i % 3],
                    Status.values()[i % Status.values().length],
                    "Finding number " + i + " of a long report | with *markup* and <tags>.",
                    List.of(new Location("governance.yml", "organisations[" + i + "].id", i + 1, 3)),
                    Map.of("share", new BigDecimal("0.25"), "index", i),
                    SampleEvaluation.anchor("rule-" + (i % 7))));
        }
        return new Evaluation(SampleEvaluation.DATE, "default", findings);
    }

    private static ReportInput manyProblems() {
        List<Problem> problems = new ArrayList<>(MANY);
        for (int i = 0; i < MANY; i++) {
            problems.add(Problem.of(
                    "key.duplicate", Severity.ERROR, "organisations[" + i + "]", i + 1, 5, "duplicate id o"));
        }
        return ReportInput.of("1").withProblems("governance.yml", problems);
    }

    /** Records what it is given; fails with "disk full" once more than {@code capacity} chars were given. */
    private static final class RecordingWriter extends Writer {
        private final long capacity;
        private final StringBuilder text = new StringBuilder();
        private long total;
        private int writes;
        private int largest;

        RecordingWriter(long capacity) {
            this.capacity = capacity;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (total + length > capacity) {
                throw new IOException("disk full");
            }
            text.append(chars, offset, length);
            total += length;
            writes++;
            largest = Math.max(largest, length);
        }

        @Override
        public void write(String string, int offset, int length) throws IOException {
            write(string.toCharArray(), offset, length);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
