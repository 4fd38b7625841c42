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
 * <p>Computations about one value are methods: {@link eu.ospo.model.Commitment#hoursPerYear},
 * {@link eu.ospo.model.MaintainerAgreement#isActiveOn}. Measures over many values are in {@link
 * eu.ospo.model.measure}.
 */
@NullMarked
package eu.ospo.model;

import org.jspecify.annotations.NullMarked;
