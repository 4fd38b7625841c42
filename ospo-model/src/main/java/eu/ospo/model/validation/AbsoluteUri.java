package eu.ospo.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A URI or URL with a scheme: a letter, then letters, digits, {@code +}, {@code -} or {@code .}, a
 * colon and at least one more character ({@value #REGEX}), such as {@code https://example.org} or
 * {@code urn:x-italian-pa:c_h501}. {@code null} is valid.
 *
 * <p>This is the shape every URI and URL of governance.yml has; the governance.yml parser checks the
 * full grammar on top (a host for a URL, RFC 2141 for a URN, valid escapes), so a value this
 * constraint accepts may still be a {@code value.uri} or {@code value.url} problem there, but never
 * the other way round.
 */
@Documented
@Pattern(regexp = AbsoluteUri.REGEX)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AbsoluteUri {

    /** The pattern a value matches in full. */
    String REGEX = "(?s)[A-Za-z][A-Za-z0-9+.-]*:.+";

    /**
     * The message.
     *
     * @return the message
     */
    String message() default "must be an absolute URI, with a scheme such as https: or urn:";

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
