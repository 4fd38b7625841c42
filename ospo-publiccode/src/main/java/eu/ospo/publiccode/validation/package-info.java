/**
 * Jakarta Validation for incoming {@code publiccode.yml}: {@link
 * eu.ospo.publiccode.validation.ValidPubliccode} on a {@code String}, {@code byte[]} or {@code Path}
 * field or parameter reports every problem of the file as a constraint violation. See {@code
 * docs/bean-validation.md} for the dependencies and module flags.
 */
@NullMarked
package eu.ospo.publiccode.validation;

import org.jspecify.annotations.NullMarked;
