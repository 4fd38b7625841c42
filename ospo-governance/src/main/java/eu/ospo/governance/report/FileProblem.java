package eu.ospo.governance.report;

import eu.ospo.problem.Problem;
import java.util.Objects;

/**
 * A problem found in one of the input files (governance.yml, publiccode.yml) while reading it, as
 * opposed to a rule's finding.
 *
 * @param file the file name as the user knows it, for example {@code governance.yml}
 * @param problem the problem
 */
public record FileProblem(String file, Problem problem) {

    /** Checks for nulls. */
    public FileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
    }
}
