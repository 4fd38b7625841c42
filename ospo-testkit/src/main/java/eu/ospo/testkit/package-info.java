/**
 * QuickTheories generators ({@link org.quicktheories.core.Gen}) for the prosumer-community model.
 *
 * <ul>
 *   <li>Whole models: {@link eu.ospo.testkit.Communities#builder()} gives a {@code Gen<Governance>}
 *       whose models are valid by construction (ids unique, references resolve, dates consistent,
 *       agreements inside their provider's membership), with knobs for sizes, dates and
 *       commitments.
 *   <li>One generator class per model type: {@link eu.ospo.testkit.Identifiers}, {@link
 *       eu.ospo.testkit.Organisations}, {@link eu.ospo.testkit.Projects}, {@link
 *       eu.ospo.testkit.Commitments}, {@link eu.ospo.testkit.Agreements}, {@link
 *       eu.ospo.testkit.CommunityTime}, {@link eu.ospo.testkit.DecisionBodies}, {@link
 *       eu.ospo.testkit.Contacts}, {@link eu.ospo.testkit.Exemptions}, {@link eu.ospo.testkit.Dates}.
 *   <li>Broken models that break exactly one thing and say what: {@link eu.ospo.testkit.Broken}.
 *   <li>Weight vectors and thresholds for the concentration measure F(w, p): {@link
 *       eu.ospo.testkit.Weights}.
 * </ul>
 *
 * <p>Generators draw every choice from QuickTheories' randomness source, so failing examples shrink
 * (towards fewer items, earlier dates, first choices and absent optional values) and replay from a
 * seed.
 */
@NullMarked
package eu.ospo.testkit;

import org.jspecify.annotations.NullMarked;
