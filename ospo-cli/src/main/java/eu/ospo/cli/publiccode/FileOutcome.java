package eu.ospo.cli.publiccode;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Verdict;
import java.util.List;

/**
 * The problems found in one file.
 *
 * @param file the file as named on the command line
 * @param problems its problems, in the order the parser reported them
 */
record FileOutcome(String file, List<Problem> problems) {

    FileOutcome {
        problems = List.copyOf(problems);
    }

    /** The same file with its errors only. */
    FileOutcome errorsOnly() {
        return new FileOutcome(file, problems.stream().filter(Problem::isError).toList());
    }

    Verdict verdict() {
        return Verdict.of(problems);
    }
}
