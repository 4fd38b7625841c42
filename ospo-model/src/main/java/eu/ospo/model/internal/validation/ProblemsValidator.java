package eu.ospo.model.internal.validation;

import eu.ospo.problem.Problem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What every file constraint's validator does: parse the value, and report each problem that fails
 * (every error, and warnings unless the constraint allows them) as its own violation. Bean Validation
 * needs one validator class per annotation and value type; each is a subclass that names how to read
 * the constraint's {@code allowWarnings} and how to parse its type. A null value is valid (as
 * everywhere in Bean Validation: {@code @NotNull} says otherwise).
 *
 * @param <A> the constraint
 * @param <T> the type of the validated value
 */
public abstract class ProblemsValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

    private final Predicate<A> allowsWarnings;
    private final Function<T, List<Problem>> parse;
    private boolean allowWarnings = true;

    /**
     * Creates the validator.
     *
     * @param allowsWarnings reads the constraint's {@code allowWarnings}
     * @param parse the problems of a value (never throws for content: a file that cannot be read is a
     *     problem too)
     */
    protected ProblemsValidator(Predicate<A> allowsWarnings, Function<T, List<Problem>> parse) {
        this.allowsWarnings = Objects.requireNonNull(allowsWarnings, "allowsWarnings");
        this.parse = Objects.requireNonNull(parse, "parse");
    }

    @Override
    public final void initialize(A constraint) {
        allowWarnings = allowsWarnings.test(constraint);
    }

    @Override
    public final boolean isValid(@Nullable T value, ConstraintValidatorContext context) {
        return value == null || ProblemViolations.report(parse.apply(value), allowWarnings, context);
    }
}
