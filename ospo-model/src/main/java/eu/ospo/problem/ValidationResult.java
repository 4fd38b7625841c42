package eu.ospo.problem;

import java.util.List;

/**
 * Something that was checked and the problems found: the verdict and the errors and warnings are
 * derived from {@link #problems()}. Implemented by the parse results of every ospo file format.
 */
public interface ValidationResult {

    /**
     * Every problem, in the order found.
     *
     * @return the problems
     */
    List<Problem> problems();

    /**
     * The overall verdict.
     *
     * @return valid, valid with warnings, or invalid
     */
    default Verdict verdict() {
        return Verdict.of(problems());
    }

    /**
     * Whether there is no error (warnings allowed).
     *
     * @return true when valid
     */
    default boolean isValid() {
        return verdict().isValid();
    }

    /**
     * The errors only.
     *
     * @return the errors
     */
    default List<Problem> errors() {
        return problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    /**
     * The warnings only.
     *
     * @return the warnings
     */
    default List<Problem> warnings() {
        return problems().stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }
}
