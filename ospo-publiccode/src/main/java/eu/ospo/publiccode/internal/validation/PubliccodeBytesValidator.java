package eu.ospo.publiccode.internal.validation;

import eu.ospo.model.internal.validation.ProblemViolations;
import eu.ospo.publiccode.validation.ValidPubliccode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidPubliccode} on a publiccode.yml given as UTF-8 bytes. */
public final class PubliccodeBytesValidator implements ConstraintValidator<ValidPubliccode, byte[]> {

    private boolean allowWarnings = true;

    /** Creates the validator. */
    public PubliccodeBytesValidator() {}

    @Override
    public void initialize(ValidPubliccode constraint) {
        allowWarnings = constraint.allowWarnings();
    }

    @Override
    public boolean isValid(byte @Nullable [] value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return ProblemViolations.report(
                SharedPubliccodeParser.PARSER.parse(value).problems(), allowWarnings, context);
    }
}
