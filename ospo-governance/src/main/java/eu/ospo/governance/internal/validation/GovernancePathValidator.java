package eu.ospo.governance.internal.validation;

import eu.ospo.governance.validation.ValidGovernance;
import eu.ospo.model.internal.validation.ProblemViolations;
import eu.ospo.problem.Problem;
import eu.ospo.publiccode.internal.validation.FileProblems;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidGovernance} on a governance.yml given as a file. */
public final class GovernancePathValidator implements ConstraintValidator<ValidGovernance, Path> {

    private boolean allowWarnings = true;

    /** Creates the validator. */
    public GovernancePathValidator() {}

    @Override
    public void initialize(ValidGovernance constraint) {
        allowWarnings = constraint.allowWarnings();
    }

    @Override
    public boolean isValid(@Nullable Path value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<Problem> problems;
        try {
            problems = SharedGovernanceParser.PARSER.parse(value).problems();
        } catch (IOException e) {
            problems = FileProblems.of(e);
        }
        return ProblemViolations.report(problems, allowWarnings, context);
    }
}
