package eu.ospo.problem;

import java.util.Collection;

/** The overall outcome of validating a document. */
public enum Verdict {
    /** No problems at all (informational notes aside). */
    VALID,
    /** Warnings but no errors: the document is usable. */
    VALID_WITH_WARNINGS,
    /** At least one error. */
    INVALID;

    /**
     * The verdict for a set of problems.
     *
     * @param problems the problems found
     * @return {@link #INVALID} if any is an error, {@link #VALID_WITH_WARNINGS} if any is a warning,
     *     else {@link #VALID}
     */
    public static Verdict of(Collection<Problem> problems) {
        Verdict verdict = VALID;
        for (Problem problem : problems) {
            if (problem.severity() == Severity.ERROR) {
                return INVALID;
            }
            if (problem.severity() == Severity.WARNING) {
                verdict = VALID_WITH_WARNINGS;
            }
        }
        return verdict;
    }

    /**
     * Whether a document with this verdict is usable (no errors).
     *
     * @return true unless {@link #INVALID}
     */
    public boolean isValid() {
        return this != INVALID;
    }
}
