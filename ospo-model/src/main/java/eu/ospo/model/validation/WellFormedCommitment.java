package eu.ospo.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.ospo.model.internal.validation.CommitmentValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link eu.ospo.model.Commitment} has a {@code per} exactly when its unit is hours: {@code 40
 * hours per month} and {@code 0.8 fte} are well-formed, {@code 40 hours} and {@code 0.8 fte per
 * month} are not. The violation is reported on {@code per}. {@code null} is valid.
 */
@Documented
@SuppressWarnings("exports") // the validator is public for Hibernate Validator but not API
@Constraint(validatedBy = CommitmentValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface WellFormedCommitment {

    /**
     * The message, used when the validator has no more specific one.
     *
     * @return the message
     */
    String message() default "per must be given with unit hours and only then";

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
