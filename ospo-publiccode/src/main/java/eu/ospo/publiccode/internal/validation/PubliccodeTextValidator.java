package eu.ospo.publiccode.internal.validation;

import eu.ospo.model.internal.validation.ProblemsValidator;
import eu.ospo.publiccode.validation.ValidPubliccode;

/** Validates {@link ValidPubliccode} on a publiccode.yml given as text. */
public final class PubliccodeTextValidator extends ProblemsValidator<ValidPubliccode, CharSequence> {

    /** Creates the validator. */
    public PubliccodeTextValidator() {
        super(
                ValidPubliccode::allowWarnings,
                text -> SharedPubliccodeParser.PARSER.parse(text.toString()).problems());
    }
}
