package eu.ospo.governance.internal.validation;

import eu.ospo.governance.validation.ValidGovernance;
import eu.ospo.model.internal.validation.ProblemsValidator;
import eu.ospo.problem.Problem;
import eu.ospo.publiccode.internal.validation.FileProblems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Validates {@link ValidGovernance} on a governance.yml given as a file. */
public final class GovernancePathValidator extends ProblemsValidator<ValidGovernance, Path> {

    /** Creates the validator. */
    public GovernancePathValidator() {
        super(ValidGovernance::allowWarnings, GovernancePathValidator::problems);
    }

    private static List<Problem> problems(Path file) {
        try {
            return SharedGovernanceParser.PARSER.parse(file).problems();
        } catch (IOException e) {
            return FileProblems.of(e);
        }
    }
}
