/**
 * The governance.yml reader behind {@link eu.ospo.governance.GovernanceParser}: one pass over the
 * loaded YAML tree, section by section, then the cross-reference checks. Not part of the public API.
 */
@NullMarked
package eu.ospo.governance.internal.read;

import org.jspecify.annotations.NullMarked;
