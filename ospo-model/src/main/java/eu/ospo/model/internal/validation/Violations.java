package eu.ospo.model.internal.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a violation on one property of the validated object, with a literal message. */
final class Violations {

    private Violations() {}

    /**
     * Adds a violation on a property, replacing the default one.
     *
     * @param context the validator context
     * @param property the property (record component) name
     * @param message the literal message (braces and dollar signs are escaped)
     */
    static void onProperty(ConstraintValidatorContext context, String property, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(message))
                .addPropertyNode(property)
                .addConstraintViolation();
    }

    private static String escape(String message) {
        return message.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
