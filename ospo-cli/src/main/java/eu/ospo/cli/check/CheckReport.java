package eu.ospo.cli.check;

import eu.ospo.cli.Summary;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
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
        out.println("ospo check: " + directory);
        List<Problem> all = new ArrayList<>();
        for (Section section : sections) {
            out.println();
            printSection(section, out);
            all.addAll(section.problems());
        }
        out.println();
        out.println("result: " + Summary.of(all));
    }

    private static void printSection(Section section, PrintWriter out) {
        out.println(section.title());
        out.println("  file:    " + section.file());
        out.println("  verdict: " + Summary.of(section.problems()));
        for (String note : section.notes()) {
            out.println("  " + note);
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
        String key = problem.key().isEmpty() ? "" : problem.key() + ": ";
        return position + "  " + key + problem.message() + " [" + problem.code() + "]";
    }
}
