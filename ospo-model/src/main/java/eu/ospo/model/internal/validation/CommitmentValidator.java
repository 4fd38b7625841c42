package eu.ospo.model.internal.validation;

import eu.ospo.model.Commitment;
import eu.ospo.model.CommitmentUnit;
import eu.ospo.model.validation.WellFormedCommitment;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link WellFormedCommitment}. */
public final class CommitmentValidator implements ConstraintValidator<WellFormedCommitment, Commitment> {

    /** Creates the validator. */
    public CommitmentValidator() {}

    @Override
    public boolean isValid(@Nullable Commitment commitment, ConstraintValidatorContext context) {
        if (commitment == null) {
            return true;
        }
        boolean hours = commitment.unit() == CommitmentUnit.HOURS;
        if (hours && commitment.per().isEmpty()) {
            Violations.onProperty(context, "per", "must be given for a commitment in hours");
            return false;
        }
        if (!hours && commitment.per().isPresent()) {
            Violations.onProperty(context, "per", "must be left out for a commitment in fte");
            return false;
        }
        return true;
    }
}
