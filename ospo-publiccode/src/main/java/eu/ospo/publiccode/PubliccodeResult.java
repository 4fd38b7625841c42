package eu.ospo.publiccode;

import eu.ospo.problem.Problem;
import eu.ospo.problem.SourceMap;
import eu.ospo.problem.ValidationResult;
import eu.ospo.problem.Verdict;
import eu.ospo.publiccode.model.PublicCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What parsing one {@code publiccode.yml} produced.
 *
 * @param publicCode the typed model; present exactly when there is no error
 * @param problems every error and warning, in the order found
 * @param sourceMap where each key of the file is (empty for results not read from YAML)
 */
public record PubliccodeResult(Optional<PublicCode> publicCode, List<Problem> problems, SourceMap sourceMap)
        implements ValidationResult {

    /**
     * Checks consistency and copies the problems.
     *
     * @throws IllegalArgumentException if a model comes with an error
     */
    public PubliccodeResult {
        Objects.requireNonNull(publicCode, "publicCode");
        Objects.requireNonNull(sourceMap, "sourceMap");
        problems = List.copyOf(problems);
        if (publicCode.isPresent() && Verdict.of(problems) == Verdict.INVALID) {
            throw new IllegalArgumentException("a result with errors carries no model");
        }
    }

    /**
     * A result without positions.
     *
     * @param publicCode the model, present exactly when there is no error
     * @param problems the problems
     */
    public PubliccodeResult(Optional<PublicCode> publicCode, List<Problem> problems) {
        this(publicCode, problems, SourceMap.empty());
    }
}
