/**
 * Measures over many values of the domain model, computed with exact decimals: committed effort
 * ({@link eu.ospo.model.measure.CommittedEffort}), the concentration factor F behind the elephant
 * and contributor absence factors ({@link eu.ospo.model.measure.Concentration}), coverage of a date
 * range by agreements ({@link eu.ospo.model.measure.Coverage}) and community-time compliance ({@link
 * eu.ospo.model.measure.CommunityTimeCompliance}).
 *
 * <p>Every measure takes the evaluation date or range explicitly and never reads the clock; the
 * results do not depend on the order of their inputs.
 */
@NullMarked
package eu.ospo.model.measure;

import org.jspecify.annotations.NullMarked;
