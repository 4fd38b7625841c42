package eu.ospo.cli.publiccode;

import eu.ospo.cli.Summary;
import eu.ospo.problem.Problem;
import eu.ospo.problem.TerminalText;
import java.io.PrintWriter;
import java.util.List;

/**
 * The text output: {@code FILE:LINE:COL: error: KEY: MESSAGE} per problem, then {@code FILE:
 * SUMMARY} per file.
 */
final class TextReport {

    private TextReport() {}

    static void print(List<FileOutcome> outcomes, PrintWriter out) {
        for (FileOutcome outcome : outcomes) {
            for (Problem problem : outcome.problems()) {
                out.println(problem.format(outcome.file()));
            }
            out.println(TerminalText.escape(outcome.file()) + ": " + Summary.of(outcome.problems()));
        }
    }

    /** The problem lines only, no summaries. */
    static void printProblems(List<FileOutcome> outcomes, PrintWriter out) {
        for (FileOutcome outcome : outcomes) {
            for (Problem problem : outcome.problems()) {
                out.println(problem.format(outcome.file()));
            }
        }
    }
}
