/**
 * Validators of {@link eu.ospo.governance.validation.ValidGovernance}. Not exported; opened to
 * Hibernate Validator, which instantiates them.
 */
@NullMarked
package eu.ospo.governance.internal.validation;

import org.jspecify.annotations.NullMarked;
