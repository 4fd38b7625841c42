package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.Rule;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Severity;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The base of ospo's own rules: the fixed parts (id, statement, default severity, anchor,
 * parameters with their kinds) and an evaluation over shared {@link Facts}. The engine hands every
 * rule the same facts for one evaluation; called through {@link Rule#evaluate(RuleContext,
 * RuleParameters)} a rule indexes the context itself.
 */
public abstract class RuleDefinition implements Rule {

    private final String id;
    private final Severity defaultSeverity;
    private final URI anchor;
    private final String description;
    private final List<ParameterSpec> parameters;

    /**
     * Defines a rule.
     *
     * @param id the id
     * @param defaultSeverity the default severity
     * @param anchor the URL of the criterion
     * @param description the statement
     * @param parameters the parameters, in documentation order
     */
    protected RuleDefinition(
            String id, Severity defaultSeverity, String anchor, String description, ParameterSpec... parameters) {
        this.id = Objects.requireNonNull(id, "id");
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        this.anchor = URI.create(anchor);
        this.description = Objects.requireNonNull(description, "description");
        this.parameters = List.of(parameters);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final URI anchor() {
        return anchor;
    }

    @Override
    public final Map<String, String> defaultParameters() {
        Map<String, String> defaults = new LinkedHashMap<>();
        parameters.forEach(p -> defaults.put(p.name(), p.defaultValue()));
        return Collections.unmodifiableMap(defaults);
    }

    /**
     * The parameters with their kinds and descriptions.
     *
     * @return the parameters, in documentation order
     */
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public final Optional<String> parameterDefect(String name, String value) {
        return parameters.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .map(p -> p.kind().defect(value))
                .orElseGet(() -> Optional.of("is not a parameter of " + id));
    }

    @Override
    public final List<Outcome> evaluate(RuleContext context, RuleParameters parameters) {
        return evaluate(Facts.of(context), parameters);
    }

    /**
     * Evaluates the rule over facts shared with the other rules of an evaluation.
     *
     * @param facts the indexed context
     * @param parameters the effective parameters (well-formed)
     * @return one outcome per subject, in a stable order that does not depend on list order in the
     *     files
     */
    public abstract List<Outcome> evaluate(Facts facts, RuleParameters parameters);

    @Override
    public String toString() {
        return id;
    }
}
