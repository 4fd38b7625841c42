/**
 * governance.yml, the machine-readable governance of a prosumer community: {@link
 * eu.ospo.governance.GovernanceParser} reads it into the domain model ({@link
 * eu.ospo.model.Governance}) with positioned {@link eu.ospo.problem.Problem}s, {@link
 * eu.ospo.governance.GovernanceWriter} writes the model back. The format is documented in {@code
 * docs/governance-yml.md} and published as a JSON Schema ({@code governance.schema.json}, also in
 * the jar: {@link eu.ospo.governance.GovernanceVersion#jsonSchema()}).
 */
@NullMarked
package eu.ospo.governance;

import org.jspecify.annotations.NullMarked;
