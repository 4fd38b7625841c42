package eu.ospo.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.ospo.model.internal.validation.AgreementValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link eu.ospo.model.MaintainerAgreement} is well-formed beyond its single fields. Each failing
 * check is its own violation, on the property named:
 *
 * <ul>
 *   <li>{@code commitment}: present for kinds {@code maintenance} and {@code development};
 *   <li>{@code end}: present unless {@code renewal} is {@code automatic};
 *   <li>{@code noticePeriodDays}: given for an open-ended agreement (automatic renewal needs a way
 *       out), and not longer than the term, {@code end - start + 1} days.
 * </ul>
 *
 * <p>{@code end >= start} is checked by {@link EndNotBeforeStart}. {@code null} is valid.
 */
@Documented
@SuppressWarnings("exports") // the validator is public for Hibernate Validator but not API
@Constraint(validatedBy = AgreementValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface WellFormedAgreement {

    /**
     * The message, used when the validator has no more specific one.
     *
     * @return the message
     */
    String message() default "is not a well-formed agreement";

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
