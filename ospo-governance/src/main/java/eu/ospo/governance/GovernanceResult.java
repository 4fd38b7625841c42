package eu.ospo.governance;

import eu.ospo.model.Governance;
import eu.ospo.problem.Problem;
import eu.ospo.problem.SourceMap;
import eu.ospo.problem.ValidationResult;
import eu.ospo.problem.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What parsing one {@code governance.yml} produced.
 *
 * @param governance the typed model; present exactly when there is no error
 * @param problems every error and warning, in the order found
 * @param sourceMap where each key of the file is (by dotted key path such as {@code
 *     agreements[1].end}), for locating findings of rules evaluated over the model
 */
public record GovernanceResult(Optional<Governance> governance, List<Problem> problems, SourceMap sourceMap)
        implements ValidationResult {

    /**
     * Checks consistency and copies the problems.
     *
     * @throws IllegalArgumentException if a model comes with an error
     */
    public GovernanceResult {
        Objects.requireNonNull(governance, "governance");
        Objects.requireNonNull(sourceMap, "sourceMap");
        problems = List.copyOf(problems);
        if (governance.isPresent() && Verdict.of(problems) == Verdict.INVALID) {
            throw new IllegalArgumentException("a result with errors carries no model");
        }
    }
}
