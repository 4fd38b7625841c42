/**
 * The YAML emitter behind {@link eu.ospo.governance.GovernanceWriter}: the model as an ordered tree,
 * then block-style YAML text. Not part of the public API.
 */
@NullMarked
package eu.ospo.governance.internal.write;

import org.jspecify.annotations.NullMarked;
