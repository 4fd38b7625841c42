package eu.ospo.publiccode.internal.validation;

import eu.ospo.model.internal.validation.ProblemsValidator;
import eu.ospo.publiccode.validation.ValidPubliccode;

/** Validates {@link ValidPubliccode} on a publiccode.yml given as UTF-8 bytes. */
public final class PubliccodeBytesValidator extends ProblemsValidator<ValidPubliccode, byte[]> {

    /** Creates the validator. */
    public PubliccodeBytesValidator() {
        super(
                ValidPubliccode::allowWarnings,
                bytes -> SharedPubliccodeParser.PARSER.parse(bytes).problems());
    }
}
