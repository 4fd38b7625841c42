/** Per-scheme syntax checks behind {@link eu.ospo.model.IdentifierScheme}. Not exported. */
@NullMarked
package eu.ospo.model.internal.identifier;

import org.jspecify.annotations.NullMarked;
