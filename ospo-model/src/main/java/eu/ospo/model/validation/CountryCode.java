package eu.ospo.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.ospo.model.internal.validation.CountryCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An upper-case ISO 3166-1 alpha-2 country code that is assigned ({@code NL}, {@code IT}), or
 * {@code XK} (Kosovo, user-assigned, accepted as in publiccode.yml). The codes are the Java
 * runtime's {@link java.util.Locale#getISOCountries()} plus {@code XK}: the same 250 codes the
 * governance.yml parser accepts (a test compares both). {@code null} is valid.
 */
@Documented
@SuppressWarnings("exports") // the validator is public for Hibernate Validator but not API
@Constraint(validatedBy = CountryCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CountryCode {

    /**
     * The message.
     *
     * @return the message
     */
    String message() default "must be an upper-case ISO 3166-1 alpha-2 code that is assigned";

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
