package eu.ospo.governance.internal.validation;

import eu.ospo.governance.validation.ValidGovernance;
import eu.ospo.model.internal.validation.ProblemViolations;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidGovernance} on a governance.yml given as UTF-8 bytes. */
public final class GovernanceBytesValidator implements ConstraintValidator<ValidGovernance, byte[]> {

    private boolean allowWarnings = true;

    /** Creates the validator. */
    public GovernanceBytesValidator() {}

    @Override
    public void initialize(ValidGovernance constraint) {
        allowWarnings = constraint.allowWarnings();
    }

    @Override
    public boolean isValid(byte @Nullable [] value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return ProblemViolations.report(
                SharedGovernanceParser.PARSER.parse(value).problems(), allowWarnings, context);
    }
}
