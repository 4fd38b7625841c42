package eu.ospo.governance.rules;

import eu.ospo.problem.Severity;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A governance rule: a small, stateless, thread-safe class with an id, a default severity, named
 * parameters with defaults, and an evaluation over a {@link RuleContext}. Implementations must be
 * pure: the same context and parameters give the same outcomes (no clock, no network), and the
 * order of list items in the model must not change the result.
 */
public interface Rule {

    /**
     * The stable id, for example {@code AGR-EXPIRING}.
     *
     * @return the id
     */
    String id();

    /**
     * What the rule checks, in one sentence.
     *
     * @return the statement
     */
    String description();

    /**
     * The severity of failures unless a ruleset says otherwise.
     *
     * @return the default severity
     */
    Severity defaultSeverity();

    /**
     * The URL of the criterion the rule comes from.
     *
     * @return the anchor
     */
    URI anchor();

    /**
     * The parameters the rule accepts, with their default values as text, in a stable order.
     *
     * @return parameter name to default value
     */
    Map<String, String> defaultParameters();

    /**
     * What is wrong with a value for one of this rule's parameters. Rulesets are checked with it
     * before anything is evaluated, so {@link #evaluate} can rely on well-formed parameters. The
     * default accepts any value; override it when a parameter has a type or a range.
     *
     * @param name a name from {@link #defaultParameters()}
     * @param value the value as text
     * @return a short explanation (for example {@code must be a whole number of at least 1}), or
     *     empty if the value is acceptable
     */
    default Optional<String> parameterDefect(String name, String value) {
        return Optional.empty();
    }

    /**
     * Evaluates the rule.
     *
     * @param context what to evaluate
     * @param parameters the effective parameters (defaults overlaid with the ruleset's)
     * @return one outcome per subject (at least one; {@link Outcome#notApplicable} when nothing to check)
     */
    List<Outcome> evaluate(RuleContext context, RuleParameters parameters);
}
