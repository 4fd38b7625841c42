/**
 * The prosumer-community domain model: the typed, immutable form of a governance.yml file ({@link
 * eu.ospo.model.Governance}) and the value types its computations use.
 *
 * <p>Records mirror governance.yml's keys one to one. What a file leaves out is an empty {@link
 * java.util.Optional} or an empty collection, never null; constructors reject nulls and copy
 * collections. Content rules are Jakarta Validation constraints on the components (see {@link
 * eu.ospo.model.validation}), so a parser can build a record from any well-typed input and report
 * every violation at once. Enumerated values are enums that keep their spelling in the file ({@link
 * eu.ospo.model.Keyword}). Quantities are {@link java.math.BigDecimal}, never {@code double}.
 *
 * <p>Names: {@link eu.ospo.model.Organisation} is a member of the community and {@link
 * eu.ospo.model.Contact} one of its people; publiccode.yml's own, smaller notions live in {@code
 * eu.ospo.publiccode.model} as {@code OrganisationRef} (who owns or funds a piece of software) and
 * {@code MaintenanceContact} (who answers for its maintenance).
 *
 * <p>Records are built with their canonical constructors; the bigger ones also have a factory of the
 * keys governance.yml requires ({@link eu.ospo.model.Organisation#of}, {@link
 * eu.ospo.model.MaintainerAgreement#of}) and, like {@link eu.ospo.model.Governance}, one {@code
 * with...} method per component that returns a changed copy.
 *
 * <p>Computations about one value are methods: {@link eu.ospo.model.Commitment#hoursPerYear},
 * {@link eu.ospo.model.MaintainerAgreement#isActiveOn}. Measures over many values are in {@link
 * eu.ospo.model.measure}.
 */
@NullMarked
package eu.ospo.model;

import org.jspecify.annotations.NullMarked;
