/**
 * Jakarta Validation constraints of the domain model beyond the built-in ones.
 *
 * <p>Record-local rules are constraints here (an identifier's syntax, {@code end >= start}, a
 * commitment's unit and period). Rules that need more than one record (references that resolve,
 * unique ids, membership intervals) belong to the governance layer. The validators live in a
 * package that is not exported; Hibernate Validator reaches them through the module's {@code opens}.
 * Violation messages are plain English for people; programs should key on the annotation type.
 */
@NullMarked
package eu.ospo.model.validation;

import org.jspecify.annotations.NullMarked;
