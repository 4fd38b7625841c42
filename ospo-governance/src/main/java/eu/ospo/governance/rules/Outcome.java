package eu.ospo.governance.rules;

import eu.ospo.problem.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule says about one subject (an agreement, a project, an organisation, the whole
 * community): pass, fail or not applicable, why, where, and the numbers used. The engine turns
 * outcomes into {@link Finding}s by adding the rule's severity and applying exemptions.
 *
 * @param status {@link Status#PASS}, {@link Status#FAIL} or {@link Status#NOT_APPLICABLE}
 * @param message one sentence for people
 * @param locations where the subject is (key paths, resolved to positions by the engine)
 * @param evidence the values the verdict was computed from, in a stable order; values are {@code
 *     String}, {@code Number} (exact: {@code BigDecimal}, {@code Integer}, {@code Long}), {@code
 *     Boolean}, or lists/maps of those
 */
public record Outcome(Status status, String message, List<Location> locations, Map<String, Object> evidence) {

    /**
     * Checks and copies the components.
     *
     * @throws IllegalArgumentException if the status is {@link Status#EXEMPTED} (only the engine
     *     exempts)
     */
    public Outcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        if (status == Status.EXEMPTED) {
            throw new IllegalArgumentException("rules do not exempt; the engine applies exemptions");
        }
        locations = List.copyOf(locations);
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /**
     * A passing outcome.
     *
     * @param message why it passes
     * @param locations where
     * @param evidence the numbers used
     * @return the outcome
     */
    public static Outcome pass(String message, List<Location> locations, Map<String, Object> evidence) {
        return new Outcome(Status.PASS, message, locations, evidence);
    }

    /**
     * A failing outcome.
     *
     * @param message what is wrong
     * @param locations where
     * @param evidence the numbers used
     * @return the outcome
     */
    public static Outcome fail(String message, List<Location> locations, Map<String, Object> evidence) {
        return new Outcome(Status.FAIL, message, locations, evidence);
    }

    /**
     * An outcome for a rule that does not apply.
     *
     * @param message why not
     * @return the outcome
     */
    public static Outcome notApplicable(String message) {
        return new Outcome(Status.NOT_APPLICABLE, message, List.of(), Map.of());
    }
}
