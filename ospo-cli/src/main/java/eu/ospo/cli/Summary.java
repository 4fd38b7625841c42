package eu.ospo.cli;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Short human summaries of a list of problems: {@code valid (2 warnings)}. */
public final class Summary {

    private Summary() {}

    /**
     * The verdict in words, with the counts in brackets when there are any.
     *
     * @param problems the problems
     * @return for example {@code invalid (3 errors, 1 warning)}
     */
    public static String of(List<Problem> problems) {
        String verdict = Verdict.of(problems).isValid() ? "valid" : "invalid";
        String counts = counts(problems);
        return counts.isEmpty() ? verdict : verdict + " (" + counts + ")";
    }

    /**
     * The counts of errors and warnings, leaving out zeros.
     *
     * @param problems the problems
     * @return for example {@code 3 errors, 1 warning}, or empty
     */
    public static String counts(List<Problem> problems) {
        List<String> parts = new ArrayList<>(2);
        long errors = count(problems, Severity.ERROR);
        long warnings = count(problems, Severity.WARNING);
        if (errors > 0) {
            parts.add(plural(errors, "error"));
        }
        if (warnings > 0) {
            parts.add(plural(warnings, "warning"));
        }
        return String.join(", ", parts);
    }

    private static long count(List<Problem> problems, Severity severity) {
        long count = 0;
        for (Problem problem : problems) {
            if (problem.severity() == severity) {
                count++;
            }
        }
        return count;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
