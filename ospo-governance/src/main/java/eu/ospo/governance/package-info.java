/**
 * governance.yml, the machine-readable governance of a prosumer community: {@link
 * eu.ospo.governance.GovernanceParser} reads it into the domain model ({@link
 * eu.ospo.model.Governance}) with positioned {@link eu.ospo.problem.Problem}s, {@link
 * eu.ospo.governance.GovernanceWriter} writes the model back. The format is documented in {@code
 * docs/governance-yml.md} and published as a JSON Schema ({@code governance.schema.json}, also on the
 * class path next to this package as {@value eu.ospo.governance.GovernanceVersion#SCHEMA_RESOURCE}).
 */
@NullMarked
package eu.ospo.governance;

import org.jspecify.annotations.NullMarked;
