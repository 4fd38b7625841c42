/**
 * The typed, immutable model of a {@code publiccode.yml} file (standard 0.7, every key of the 0.x
 * line, deprecated keys included).
 *
 * <p>Records mirror the standard's keys. What a file leaves out is an empty {@link
 * java.util.Optional} or an empty collection, never null. Enumerated values are Java enums that keep
 * their YAML spelling ({@link eu.ospo.publiccode.model.SoftwareType#value()}).
 */
@NullMarked
package eu.ospo.publiccode.model;

import org.jspecify.annotations.NullMarked;
