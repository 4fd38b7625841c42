package eu.ospo.publiccode.internal.validation;

import eu.ospo.model.internal.validation.ProblemViolations;
import eu.ospo.problem.Problem;
import eu.ospo.publiccode.validation.ValidPubliccode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidPubliccode} on a publiccode.yml given as a file. */
public final class PubliccodePathValidator implements ConstraintValidator<ValidPubliccode, Path> {

    private boolean allowWarnings = true;

    /** Creates the validator. */
    public PubliccodePathValidator() {}

    @Override
    public void initialize(ValidPubliccode constraint) {
        allowWarnings = constraint.allowWarnings();
    }

    @Override
    public boolean isValid(@Nullable Path value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<Problem> problems;
        try {
            problems = SharedPubliccodeParser.PARSER.parse(value).problems();
        } catch (IOException e) {
            problems = FileProblems.of(e);
        }
        return ProblemViolations.report(problems, allowWarnings, context);
    }
}
