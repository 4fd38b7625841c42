package eu.ospo.governance.report;

import eu.ospo.governance.rules.Evaluation;
import java.io.IOException;
import java.io.Writer;

/** Writes an {@link Evaluation} in one {@link ReportFormat}. Implementations are stateless and thread-safe. */
public interface ReportWriter {

    /**
     * The format written.
     *
     * @return the format
     */
    ReportFormat format();

    /**
     * Writes the report. The writer is flushed, not closed.
     *
     * @param evaluation the evaluation
     * @param input the tool version, rule descriptions and input-file problems
     * @param out where to write
     * @throws IOException if writing fails
     */
    void write(Evaluation evaluation, ReportInput input, Writer out) throws IOException;
}
