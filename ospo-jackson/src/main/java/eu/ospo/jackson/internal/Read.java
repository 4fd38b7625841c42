package eu.ospo.jackson.internal;

import eu.ospo.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A value read from JSON, or the problems that kept it from being read.
 *
 * @param <T> the value's type
 * @param value the value, when there is no error
 * @param problems every problem (warnings too), in JSON terms
 */
public record Read<T>(Optional<T> value, List<Problem> problems) {

    /** Copies the problems. */
    public Read {
        problems = List.copyOf(problems);
    }
}
