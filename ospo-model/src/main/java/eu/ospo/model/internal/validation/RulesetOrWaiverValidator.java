package eu.ospo.model.internal.validation;

import eu.ospo.model.Project;
import eu.ospo.model.validation.RulesetOrWaiver;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link RulesetOrWaiver}. */
public final class RulesetOrWaiverValidator implements ConstraintValidator<RulesetOrWaiver, Project> {

    /** Creates the validator. */
    public RulesetOrWaiverValidator() {}

    @Override
    public boolean isValid(@Nullable Project project, ConstraintValidatorContext context) {
        if (project == null
                || project.ruleset().isEmpty()
                || project.rulesetWaiver().isEmpty()) {
            return true;
        }
        Violations.onProperty(context, "rulesetWaiver", "must not be given together with ruleset");
        return false;
    }
}
