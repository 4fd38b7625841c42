package eu.ospo.cli.check;

import eu.ospo.cli.Summary;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The readable {@code ospo check} report: a heading naming the directory, then per section the file
 * checked, a verdict line, the section's notes and the problems (errors first, then warnings, then
 * information), then an overall result.
 */
final class CheckReport {

    private CheckReport() {}

    static void print(String directory, List<Section> sections, PrintWriter out) {
        out.println("ospo check: " + TerminalText.escape(directory));
        List<Problem> all = new ArrayList<>();
        for (Section section : sections) {
            out.println();
            printSection(section, out);
            all.addAll(section.problems());
        }
        out.println();
        out.println("result: " + Summary.of(all));
    }

    /**
     * Only what fails the check, one line per error ({@code FILE:LINE:COL: error: KEY: MESSAGE [CODE]},
     * the file as a path the user can follow); nothing when there is none.
     */
    static void printFailures(List<Section> sections, PrintWriter out) {
        for (Section section : sections) {
            for (Problem problem : section.problems(Severity.ERROR)) {
                out.println(problem.format(section.file()) + " [" + TerminalText.escape(problem.code()) + "]");
            }
        }
    }

    private static void printSection(Section section, PrintWriter out) {
        out.println(section.title());
        out.println("  file:    " + TerminalText.escape(section.file()));
        out.println("  verdict: " + Summary.of(section.problems()));
        for (String note : section.notes()) {
            out.println("  " + TerminalText.escape(note));
        }
        printGroup("errors", section.problems(Severity.ERROR), out);
        printGroup("warnings", section.problems(Severity.WARNING), out);
        printGroup("info", section.problems(Severity.INFO), out);
    }

    private static void printGroup(String heading, List<Problem> problems, PrintWriter out) {
        if (problems.isEmpty()) {
            return;
        }
        out.println("  " + heading + ":");
        for (Problem problem : problems) {
            out.println("    " + line(problem));
        }
    }

    /** {@code 12:3  key: message [code]}; {@code -:-} when the position is unknown. */
    static String line(Problem problem) {
        String position = problem.hasPosition() ? problem.line() + ":" + problem.column() : "-:-";
        String key = problem.key().isEmpty() ? "" : TerminalText.escape(problem.key()) + ": ";
        return position + "  " + key + TerminalText.escape(problem.message()) + " ["
                + TerminalText.escape(problem.code()) + "]";
    }
}
