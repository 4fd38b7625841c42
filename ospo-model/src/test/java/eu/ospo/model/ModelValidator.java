package eu.ospo.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** One shared Hibernate Validator without EL, and a compact view of its violations. */
public final class ModelValidator {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private ModelValidator() {}

    /**
     * The violations as {@code path: Annotation}, sorted.
     *
     * @param value the object to validate
     * @return the violations
     */
    public static Set<String> violations(Object value) {
        Set<String> result = new TreeSet<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(value)) {
            result.add(violation.getPropertyPath() + ": "
                    + violation
                            .getConstraintDescriptor()
                            .getAnnotation()
                            .annotationType()
                            .getSimpleName());
        }
        return result;
    }

    /**
     * The messages of the violations.
     *
     * @param value the object
     * @return the messages, sorted
     */
    public static Set<String> messages(Object value) {
        Set<String> result = new TreeSet<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(value)) {
            result.add(violation.getMessage());
        }
        return result;
    }
}
