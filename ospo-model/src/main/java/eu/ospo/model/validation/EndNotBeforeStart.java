package eu.ospo.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.ospo.model.internal.validation.EndNotBeforeStartValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a record: the date component named by {@link #end()} is not before the one named by {@link
 * #start()}. Either component may be a {@link java.time.LocalDate} or an {@code
 * Optional<LocalDate>}; an absent date passes. The violation is reported on the end component.
 * {@code null} is valid.
 */
@Documented
@SuppressWarnings("exports") // the validator is public for Hibernate Validator but not API
@Constraint(validatedBy = EndNotBeforeStartValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface EndNotBeforeStart {

    /**
     * The name of the record component holding the first day.
     *
     * @return for example {@code start} or {@code joined}
     */
    String start();

    /**
     * The name of the record component holding the last day.
     *
     * @return for example {@code end} or {@code left}
     */
    String end();

    /**
     * The message, used when the validator has no more specific one.
     *
     * @return the message
     */
    String message() default "must not be before the start";

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
