package eu.ospo.governance.internal.validation;

import eu.ospo.governance.validation.ValidGovernance;
import eu.ospo.model.internal.validation.ProblemsValidator;

/** Validates {@link ValidGovernance} on a governance.yml given as text. */
public final class GovernanceTextValidator extends ProblemsValidator<ValidGovernance, CharSequence> {

    /** Creates the validator. */
    public GovernanceTextValidator() {
        super(
                ValidGovernance::allowWarnings,
                text -> SharedGovernanceParser.PARSER.parse(text.toString()).problems());
    }
}
