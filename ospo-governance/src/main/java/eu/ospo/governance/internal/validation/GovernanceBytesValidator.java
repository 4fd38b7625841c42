package eu.ospo.governance.internal.validation;

import eu.ospo.governance.validation.ValidGovernance;
import eu.ospo.model.internal.validation.ProblemsValidator;

/** Validates {@link ValidGovernance} on a governance.yml given as UTF-8 bytes. */
public final class GovernanceBytesValidator extends ProblemsValidator<ValidGovernance, byte[]> {

    /** Creates the validator. */
    public GovernanceBytesValidator() {
        super(
                ValidGovernance::allowWarnings,
                bytes -> SharedGovernanceParser.PARSER.parse(bytes).problems());
    }
}
