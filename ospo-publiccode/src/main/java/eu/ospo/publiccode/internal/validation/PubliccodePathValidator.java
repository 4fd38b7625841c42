package eu.ospo.publiccode.internal.validation;

import eu.ospo.model.internal.validation.ProblemsValidator;
import eu.ospo.problem.Problem;
import eu.ospo.publiccode.validation.ValidPubliccode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Validates {@link ValidPubliccode} on a publiccode.yml given as a file. */
public final class PubliccodePathValidator extends ProblemsValidator<ValidPubliccode, Path> {

    /** Creates the validator. */
    public PubliccodePathValidator() {
        super(ValidPubliccode::allowWarnings, PubliccodePathValidator::problems);
    }

    private static List<Problem> problems(Path file) {
        try {
            return SharedPubliccodeParser.PARSER.parse(file).problems();
        } catch (IOException e) {
            return FileProblems.of(e);
        }
    }
}
