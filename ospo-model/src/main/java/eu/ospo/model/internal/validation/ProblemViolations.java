package eu.ospo.model.internal.validation;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports the {@link Problem}s a parser found as constraint violations, one violation per problem,
 * on the annotated element itself (no property node is added). Shared by the file constraints of
 * ospo-publiccode ({@code @ValidPubliccode}) and ospo-governance ({@code @ValidGovernance}).
 *
 * <p>Each violation's message is {@code CODE at KEY (line N): MESSAGE}; the key part is left out for
 * a problem of the whole document and the line part when the line is unknown. The message is
 * escaped, so text from the file (which problem messages quote) is never interpolated as a message
 * parameter or an expression. Under Hibernate Validator the problem itself is the violation's
 * dynamic payload ({@code HibernateConstraintViolation.getDynamicPayload(Problem.class)}).
 */
public final class ProblemViolations {

    private ProblemViolations() {}

    /**
     * Whether a problem makes the value invalid: an error always; a warning when warnings are not
     * allowed; an info never.
     *
     * @param problem the problem
     * @param allowWarnings whether warnings are allowed
     * @return true if the problem fails validation
     */
    public static boolean fails(Problem problem, boolean allowWarnings) {
        return problem.severity() == Severity.ERROR || (!allowWarnings && problem.severity() == Severity.WARNING);
    }

    /**
     * Reports every failing problem as its own violation, replacing the default violation.
     *
     * @param problems the parser's problems
     * @param allowWarnings whether warnings are allowed (then they are not reported)
     * @param context the validator context
     * @return true if no problem fails (the value is valid)
     */
    public static boolean report(List<Problem> problems, boolean allowWarnings, ConstraintValidatorContext context) {
        boolean valid = true;
        for (Problem problem : problems) {
            if (fails(problem, allowWarnings)) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                add(context, problem);
            }
        }
        return valid;
    }

    /**
     * The violation message of a problem: {@code CODE at KEY (line N): MESSAGE}.
     *
     * @param problem the problem
     * @return the message, not escaped
     */
    public static String message(Problem problem) {
        StringBuilder text = new StringBuilder(problem.code());
        if (!problem.key().isEmpty()) {
            text.append(" at ").append(problem.key());
        }
        if (problem.line() > 0) {
            text.append(" (line ").append(problem.line()).append(')');
        }
        return text.append(": ").append(problem.message()).toString();
    }

    /**
     * Escapes a literal text for use as a message template: backslashes, braces and dollar signs.
     *
     * @param literal the text
     * @return the template that interpolates to the text
     */
    public static String escape(String literal) {
        StringBuilder out = new StringBuilder(literal.length() + 8);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static void add(ConstraintValidatorContext context, Problem problem) {
        ConstraintValidatorContext target =
                HibernatePayload.AVAILABLE ? HibernatePayload.with(context, problem) : context;
        target.buildConstraintViolationWithTemplate(escape(message(problem))).addConstraintViolation();
    }

    /**
     * Hibernate Validator's dynamic payload, where Hibernate Validator is the provider and this
     * module can read it (it is an optional dependency: without it, violations carry the message
     * only). Kept in its own class so that nothing of Hibernate Validator is linked otherwise.
     */
    private static final class HibernatePayload {

        static final boolean AVAILABLE = available();

        private static boolean available() {
            try {
                Class<?> type = Class.forName(
                        "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext",
                        false,
                        ProblemViolations.class.getClassLoader());
                return ProblemViolations.class.getModule().canRead(type.getModule());
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }

        static ConstraintValidatorContext with(ConstraintValidatorContext context, Problem problem) {
            HibernateConstraintValidatorContext hibernate;
            try {
                hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            } catch (ValidationException e) {
                return context; // another provider
            }
            return hibernate.withDynamicPayload(problem);
        }
    }
}
