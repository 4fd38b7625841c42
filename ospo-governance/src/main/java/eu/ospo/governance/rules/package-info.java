/**
 * The governance rules engine: {@link eu.ospo.governance.rules.Rule}s evaluated over a {@link
 * eu.ospo.governance.rules.RuleContext} (the community model, the project's publiccode.yml when
 * present, and the evaluation date) give {@link eu.ospo.governance.rules.Finding}s.
 */
@NullMarked
package eu.ospo.governance.rules;

import org.jspecify.annotations.NullMarked;
