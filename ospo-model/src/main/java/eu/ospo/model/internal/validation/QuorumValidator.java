package eu.ospo.model.internal.validation;

import eu.ospo.model.Quorum;
import eu.ospo.model.validation.WellFormedQuorum;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Validates {@link WellFormedQuorum}. */
public final class QuorumValidator implements ConstraintValidator<WellFormedQuorum, Quorum> {

    /** Creates the validator. */
    public QuorumValidator() {}

    @Override
    public boolean isValid(@Nullable Quorum quorum, ConstraintValidatorContext context) {
        if (quorum == null) {
            return true;
        }
        BigDecimal value = quorum.value();
        switch (quorum.type()) {
            case FRACTION -> {
                if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
                    Violations.onProperty(context, "value", "a fraction quorum must lie in (0, 1]");
                    return false;
                }
            }
            case COUNT -> {
                if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0) {
                    Violations.onProperty(context, "value", "a count quorum must be a whole number of at least 1");
                    return false;
                }
            }
        }
        return true;
    }
}
