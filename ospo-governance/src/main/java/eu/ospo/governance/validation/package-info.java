/**
 * Jakarta Validation for incoming {@code governance.yml}: {@link
 * eu.ospo.governance.validation.ValidGovernance} on a {@code String}, {@code byte[]} or {@code Path}
 * field or parameter reports every problem of the file as a constraint violation. See {@code
 * docs/bean-validation.md} for the dependencies and module flags.
 */
@NullMarked
package eu.ospo.governance.validation;

import org.jspecify.annotations.NullMarked;
