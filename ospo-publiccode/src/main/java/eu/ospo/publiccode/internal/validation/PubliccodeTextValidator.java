package eu.ospo.publiccode.internal.validation;

import eu.ospo.model.internal.validation.ProblemViolations;
import eu.ospo.publiccode.validation.ValidPubliccode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidPubliccode} on a publiccode.yml given as text. */
public final class PubliccodeTextValidator implements ConstraintValidator<ValidPubliccode, CharSequence> {

    private boolean allowWarnings = true;

    /** Creates the validator. */
    public PubliccodeTextValidator() {}

    @Override
    public void initialize(ValidPubliccode constraint) {
        allowWarnings = constraint.allowWarnings();
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return ProblemViolations.report(
                SharedPubliccodeParser.PARSER.parse(value.toString()).problems(), allowWarnings, context);
    }
}
