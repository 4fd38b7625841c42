package eu.ospo.governance.internal.validation;

import eu.ospo.governance.validation.ValidGovernance;
import eu.ospo.model.internal.validation.ProblemViolations;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidGovernance} on a governance.yml given as text. */
public final class GovernanceTextValidator implements ConstraintValidator<ValidGovernance, CharSequence> {

    private boolean allowWarnings = true;

    /** Creates the validator. */
    public GovernanceTextValidator() {}

    @Override
    public void initialize(ValidGovernance constraint) {
        allowWarnings = constraint.allowWarnings();
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return ProblemViolations.report(
                SharedGovernanceParser.PARSER.parse(value.toString()).problems(), allowWarnings, context);
    }
}
