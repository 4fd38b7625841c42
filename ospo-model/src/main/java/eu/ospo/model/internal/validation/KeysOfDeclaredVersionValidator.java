package eu.ospo.model.internal.validation;

import eu.ospo.model.Governance;
import eu.ospo.model.Project;
import eu.ospo.model.validation.KeysOfDeclaredVersion;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validates {@link KeysOfDeclaredVersion}. */
public final class KeysOfDeclaredVersionValidator implements ConstraintValidator<KeysOfDeclaredVersion, Governance> {

    /** The version without teams, OSPO and project rulesets. */
    private static final String FIRST = "0.1";

    private static final String MESSAGE = "is a governance.yml 0.2 key; the model declares version 0.1";

    /** Creates the validator. */
    public KeysOfDeclaredVersionValidator() {}

    @Override
    public boolean isValid(@Nullable Governance governance, ConstraintValidatorContext context) {
        if (governance == null || !governance.governanceYmlVersion().equals(FIRST)) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        if (!governance.teams().isEmpty()) {
            add(context, "teams");
            valid = false;
        }
        if (governance.ospo().isPresent()) {
            add(context, "ospo");
            valid = false;
        }
        List<Project> projects = governance.projects();
        for (int i = 0; i < projects.size(); i++) {
            if (projects.get(i).ruleset().isPresent()) {
                addOnProject(context, i, "ruleset");
                valid = false;
            }
            if (projects.get(i).rulesetWaiver().isPresent()) {
                addOnProject(context, i, "rulesetWaiver");
                valid = false;
            }
        }
        return valid;
    }

    private static void add(ConstraintValidatorContext context, String property) {
        context.buildConstraintViolationWithTemplate(MESSAGE)
                .addPropertyNode(property)
                .addConstraintViolation();
    }

    private static void addOnProject(ConstraintValidatorContext context, int index, String property) {
        context.buildConstraintViolationWithTemplate(MESSAGE)
                .addPropertyNode("projects")
                .addPropertyNode(property)
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
    }
}
