/**
 * Validators of {@link eu.ospo.publiccode.validation.ValidPubliccode}, and the reading of a {@code
 * Path} to validate (shared with governance.yml's constraint). Not exported; opened to Hibernate
 * Validator, which instantiates the validators.
 */
@NullMarked
package eu.ospo.publiccode.internal.validation;

import org.jspecify.annotations.NullMarked;
