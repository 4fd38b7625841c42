/**
 * The governance rules of ospo: one small class per rule, the shared per-evaluation indexes they
 * read ({@link eu.ospo.governance.internal.rules.Facts}), the default catalogue ({@link
 * eu.ospo.governance.internal.rules.DefaultRules}) and the ruleset file reader. Not part of the
 * public API.
 */
@NullMarked
package eu.ospo.governance.internal.rules;

import org.jspecify.annotations.NullMarked;
