package eu.ospo.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.ospo.model.internal.validation.IdentifierValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An {@link eu.ospo.model.Identifier}'s value is well-formed under its scheme ({@link
 * eu.ospo.model.IdentifierScheme#defect(String)}); the violation is reported on {@code value} with
 * the scheme's explanation. {@code null} is valid.
 */
@Documented
@SuppressWarnings("exports") // the validator is public for Hibernate Validator but not API
@Constraint(validatedBy = IdentifierValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface WellFormedIdentifier {

    /**
     * The message, used when the validator has no more specific one.
     *
     * @return the message
     */
    String message() default "is not well-formed under its scheme";

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
