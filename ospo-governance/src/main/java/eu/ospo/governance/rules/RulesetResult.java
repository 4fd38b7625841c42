package eu.ospo.governance.rules;

import eu.ospo.problem.Problem;
import eu.ospo.problem.SourceMap;
import eu.ospo.problem.ValidationResult;
import eu.ospo.problem.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading a ruleset file: the ruleset when it has no error, every problem (with
 * stable codes and positions), and the positions of its keys.
 *
 * @param ruleset the ruleset, present exactly when there is no error
 * @param problems every problem, in the order found
 * @param sourceMap positions of the file's keys
 */
public record RulesetResult(Optional<Ruleset> ruleset, List<Problem> problems, SourceMap sourceMap)
        implements ValidationResult {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a ruleset is present despite an error
     */
    public RulesetResult {
        Objects.requireNonNull(ruleset, "ruleset");
        Objects.requireNonNull(sourceMap, "sourceMap");
        problems = List.copyOf(problems);
        if (ruleset.isPresent() && Verdict.of(problems) == Verdict.INVALID) {
            throw new IllegalArgumentException("a result with errors carries no ruleset");
        }
    }
}
