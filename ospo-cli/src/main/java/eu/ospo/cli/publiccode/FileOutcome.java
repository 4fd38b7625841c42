package eu.ospo.cli.publiccode;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one file.
 *
 * @param file the file as named on the command line
 * @param problems its problems, sorted by line, then column (problems without a position first;
 *     problems at the same place keep the order the parser reported them in)
 */
record FileOutcome(String file, List<Problem> problems) {

    /**
     * By line, then column. Written out rather than with Comparator.comparingInt: the JDK's own
     * lambdas in those combinators are spun at run time even with a start-up archive, this one is
     * archived.
     */
    private static final Comparator<Problem> BY_POSITION = (a, b) ->
            a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());

    FileOutcome {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(BY_POSITION); // stable: problems at one place keep their order
        problems = Collections.unmodifiableList(sorted);
    }

    /** The same file with its errors only. */
    FileOutcome errorsOnly() {
        return new FileOutcome(file, problems.stream().filter(Problem::isError).toList());
    }

    Verdict verdict() {
        return Verdict.of(problems);
    }
}
