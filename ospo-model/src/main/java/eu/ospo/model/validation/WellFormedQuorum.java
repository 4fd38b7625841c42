package eu.ospo.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.ospo.model.internal.validation.QuorumValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link eu.ospo.model.Quorum}'s value fits its type: a fraction lies in (0, 1], a count is a
 * whole number of at least 1. The violation is reported on {@code value}. {@code null} is valid.
 */
@Documented
@SuppressWarnings("exports") // the validator is public for Hibernate Validator but not API
@Constraint(validatedBy = QuorumValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface WellFormedQuorum {

    /**
     * The message, used when the validator has no more specific one.
     *
     * @return the message
     */
    String message() default "does not fit the quorum type";

    /**
     * The groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
