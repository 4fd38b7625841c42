/**
 * Validators of the constraints in {@link eu.ospo.model.validation}. Not exported; opened to
 * Hibernate Validator, which instantiates them.
 */
@NullMarked
package eu.ospo.model.internal.validation;

import org.jspecify.annotations.NullMarked;
