package eu.ospo.publiccode.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.ospo.publiccode.internal.validation.PubliccodeBytesValidator;
import eu.ospo.publiccode.internal.validation.PubliccodePathValidator;
import eu.ospo.publiccode.internal.validation.PubliccodeTextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text ({@code String} or any {@code CharSequence}), bytes ({@code byte[]}, UTF-8) or
 * file ({@link java.nio.file.Path}) is a valid {@code publiccode.yml}, as {@link
 * eu.ospo.publiccode.PubliccodeParser} judges it with its defaults and no network. {@code null} is
 * valid (add {@code @NotNull} to require a value).
 *
 * <p>Each {@link eu.ospo.problem.Problem} that fails the value is its own constraint violation, on
 * the annotated element, with the message {@code CODE at KEY (line N): MESSAGE}, for example {@code
 * field.required at description.en.shortDescription (line 12): shortDescription is required}. Under
 * Hibernate Validator the problem itself is the violation's dynamic payload:
 *
 * <pre>{@code
 * Problem problem = violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Problem.class);
 * }</pre>
 *
 * <p>Relative file references ({@code logo}, {@code screenshots}) are checked for existence only on
 * a {@code Path}, against the file's directory; text and bytes have no directory. A {@code Path}
 * that is not a regular file gives {@code file.not-regular}, one that cannot be read {@code
 * file.unreadable}. One parser is shared by every validator (it is thread-safe).
 */
@Documented
@SuppressWarnings("exports") // the validators are public for Hibernate Validator but not API
@Constraint(
        validatedBy = {PubliccodeTextValidator.class, PubliccodeBytesValidator.class, PubliccodePathValidator.class})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidPubliccode {

    /**
     * Whether warnings (such as {@code version.not-latest}) are allowed. When {@code false}, each
     * warning is a violation too.
     *
     * @return {@code true} by default: only errors fail
     */
    boolean allowWarnings() default true;

    /**
     * The message of the default violation, which is never reported: every violation carries the
     * message of its problem.
     *
     * @return the message
     */
    String message() default "is not a valid publiccode.yml";

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
