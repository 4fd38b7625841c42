/**
 * Machine-readable problems: what every ospo parser, validator and rule reports instead of throwing.
 *
 * <p>A {@link eu.ospo.problem.Problem} has a stable code, a {@link eu.ospo.problem.Severity}, a key
 * path in dotted form, a 1-based position and a message. {@link eu.ospo.problem.Verdict} condenses a
 * list of problems into valid, valid with warnings or invalid.
 */
@NullMarked
package eu.ospo.problem;

import org.jspecify.annotations.NullMarked;
