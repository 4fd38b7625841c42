package eu.ospo.governance.internal.validation;

import eu.ospo.governance.GovernanceParser;

/** The one parser every {@code @ValidGovernance} validator uses: the defaults. */
final class SharedGovernanceParser {

    /** Built on first use of a validator, then shared (the parser is thread-safe). */
    static final GovernanceParser PARSER = GovernanceParser.builder().build();

    private SharedGovernanceParser() {}
}
