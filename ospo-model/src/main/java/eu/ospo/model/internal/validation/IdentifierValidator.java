package eu.ospo.model.internal.validation;

import eu.ospo.model.Identifier;
import eu.ospo.model.validation.WellFormedIdentifier;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Validates {@link WellFormedIdentifier}. */
public final class IdentifierValidator implements ConstraintValidator<WellFormedIdentifier, Identifier> {

    /** Creates the validator. */
    public IdentifierValidator() {}

    @Override
    public boolean isValid(@Nullable Identifier identifier, ConstraintValidatorContext context) {
        if (identifier == null) {
            return true;
        }
        Optional<String> defect = identifier.scheme().defect(identifier.value());
        defect.ifPresent(reason -> Violations.onProperty(context, "value", reason));
        return defect.isEmpty();
    }
}
