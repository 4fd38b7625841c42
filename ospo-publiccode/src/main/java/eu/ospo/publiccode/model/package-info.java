/**
 * The typed, immutable model of a {@code publiccode.yml} file (standard 0.7, every key of the 0.x
 * line, deprecated keys included).
 *
 * <p>Records mirror the standard's keys. What a file leaves out is an empty {@link
 * java.util.Optional} or an empty collection, never null. Enumerated values are Java enums that keep
 * their YAML spelling ({@link eu.ospo.publiccode.model.SoftwareType#value()}).
 *
 * <p>Names: {@link eu.ospo.publiccode.model.OrganisationRef} is publiccode.yml's reference to an
 * organisation ({@code organisation}, {@code fundedBy[]}) and {@link
 * eu.ospo.publiccode.model.MaintenanceContact} a technical contact ({@code maintenance.contacts[]});
 * the members and people of a prosumer community are {@code eu.ospo.model.Organisation} and {@code
 * eu.ospo.model.Contact} in governance.yml.
 *
 * <p>{@link eu.ospo.publiccode.model.PublicCode#of} and {@link
 * eu.ospo.publiccode.model.Description#of} build a model from the keys the standard requires; one
 * {@code with...} method per component returns a changed copy.
 */
@NullMarked
package eu.ospo.publiccode.model;

import org.jspecify.annotations.NullMarked;
