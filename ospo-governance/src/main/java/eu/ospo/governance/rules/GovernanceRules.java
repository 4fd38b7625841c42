package eu.ospo.governance.rules;

import eu.ospo.governance.internal.rules.DefaultRules;
import eu.ospo.governance.internal.rules.Exemptions;
import eu.ospo.governance.internal.rules.Facts;
import eu.ospo.governance.internal.rules.Indexed;
import eu.ospo.governance.internal.rules.Keys;
import eu.ospo.governance.internal.rules.RuleDefinition;
import eu.ospo.model.Exemption;
import eu.ospo.problem.EchoedValue;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The governance rules engine: a list of rules configured by a {@link Ruleset}, evaluated over a
 * {@link RuleContext}. Immutable and thread-safe: build it once and evaluate any number of contexts,
 * from any number of threads.
 *
 * <pre>{@code
 * GovernanceRules engine = GovernanceRules.builder()
 *         .ruleset(Ruleset.parse(Path.of("ruleset.yml")).ruleset().orElseThrow())
 *         .build();
 * Evaluation evaluation = engine.evaluate(RuleContext.of(governance, publicCode, LocalDate.of(2025, 5, 1)));
 * }</pre>
 *
 * <p>For each rule whose level is not {@link Level#OFF}, in rule order: the rule's outcomes become
 * findings with the configured severity (else the rule's default) and the rule's anchor; a failure
 * of a rule that {@code community.exemptions[]} exempts (non-blank reason, {@code until} absent or
 * not before the evaluation date) is reported as {@link Status#EXEMPTED}. Expired exemptions are
 * reported by the rule {@code META-EXEMPTION-EXPIRED}. Findings come in rule order, then in each
 * rule's subject order; the same context always gives the same findings.
 */
public final class GovernanceRules {

    private final Ruleset ruleset;
    private final List<Rule> rules;
    private final List<Configured> enabled;
    private final Map<String, Configured> byId;

    /** A rule with its effective level and parameters. */
    private record Configured(Rule rule, Level level, RuleParameters parameters) {}

    private GovernanceRules(Ruleset ruleset, List<Rule> rules, List<Configured> configured) {
        this.ruleset = ruleset;
        this.rules = List.copyOf(rules);
        this.enabled = configured.stream().filter(c -> c.level() != Level.OFF).toList();
        Map<String, Configured> map = new LinkedHashMap<>();
        configured.forEach(c -> map.put(c.rule().id(), c));
        this.byId = map;
    }

    /**
     * A builder, starting from the default rules and the default ruleset.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The default rules under the default ruleset.
     *
     * @return the engine
     */
    public static GovernanceRules defaults() {
        return DEFAULTS;
    }

    private static final GovernanceRules DEFAULTS = builder().build();

    /**
     * The rules ospo ships, in catalogue order (see {@code docs/rules.md}).
     *
     * @return the rules (shared, stateless)
     */
    public static List<Rule> defaultRules() {
        return List.copyOf(DefaultRules.all());
    }

    /**
     * Evaluates every enabled rule.
     *
     * @param context the governance model, the publiccode.yml model if any, and the date
     * @return the findings
     * @throws IllegalStateException if a rule throws (its id is in the message)
     */
    public Evaluation evaluate(RuleContext context) {
        Objects.requireNonNull(context, "context");
        Facts facts = Facts.of(context);
        Exemptions exemptions = Exemptions.of(facts);
        List<Finding> findings = new ArrayList<>();
        for (Configured configured : enabled) {
            Rule rule = configured.rule();
            List<Outcome> outcomes;
            try {
                outcomes = rule instanceof RuleDefinition definition
                        ? definition.evaluate(facts, configured.parameters())
                        : rule.evaluate(context, configured.parameters());
            } catch (RuntimeException e) {
                throw new IllegalStateException("rule " + rule.id() + " failed: " + e.getMessage(), e);
            }
            if (outcomes.isEmpty()) {
                outcomes = List.of(Outcome.notApplicable("the rule reported nothing to check"));
            }
            Severity severity = configured.level().severity().orElseThrow();
            Optional<Indexed<Exemption>> exemption = exemptions.forRule(rule.id());
            for (Outcome outcome : outcomes) {
                findings.add(finding(facts, rule, severity, outcome, exemption));
            }
        }
        return new Evaluation(context.date(), ruleset.name(), findings);
    }

    private static Finding finding(
            Facts facts, Rule rule, Severity severity, Outcome outcome, Optional<Indexed<Exemption>> exemption) {
        if (outcome.status() != Status.FAIL || exemption.isEmpty()) {
            return new Finding(
                    rule.id(),
                    severity,
                    outcome.status(),
                    outcome.message(),
                    outcome.locations(),
                    outcome.evidence(),
                    rule.anchor());
        }
        Exemption applied = exemption.get().value();
        List<Location> locations = new ArrayList<>(outcome.locations());
        locations.add(facts.governanceAt(Keys.exemption(exemption.get().index())));
        Map<String, Object> evidence = new LinkedHashMap<>(outcome.evidence());
        Map<String, Object> about = new LinkedHashMap<>();
        String reason = EchoedValue.of(applied.reason()); // repeated in every finding the exemption covers
        about.put("reason", reason);
        about.put("until", applied.until().map(Object::toString).orElse(""));
        evidence.put("exemption", about);
        String message = outcome.message() + " (exempted"
                + applied.until().map(u -> " until " + u).orElse("") + ": " + reason + ")";
        return new Finding(rule.id(), severity, Status.EXEMPTED, message, locations, evidence, rule.anchor());
    }

    /**
     * Every rule known to this engine, enabled or not, in order.
     *
     * @return the rules
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The ruleset this engine was built with.
     *
     * @return the ruleset
     */
    public Ruleset ruleset() {
        return ruleset;
    }

    /**
     * The effective level of a rule: the ruleset's, else the rule's default severity.
     *
     * @param ruleId the rule's id
     * @return the level ({@link Level#OFF} when disabled)
     * @throws IllegalArgumentException if there is no such rule
     */
    public Level level(String ruleId) {
        return configured(ruleId).level();
    }

    /**
     * The effective parameters of a rule: its defaults, overlaid with the ruleset's common
     * parameters it has, overlaid with the ruleset's settings for it.
     *
     * @param ruleId the rule's id
     * @return the parameters
     * @throws IllegalArgumentException if there is no such rule
     */
    public RuleParameters parameters(String ruleId) {
        return configured(ruleId).parameters();
    }

    private Configured configured(String ruleId) {
        Configured configured = byId.get(ruleId);
        if (configured == null) {
            throw new IllegalArgumentException("no rule with id " + ruleId);
        }
        return configured;
    }

    /**
     * Builds a {@link GovernanceRules}: the default rules, any rules you add after them, and a
     * ruleset. Not thread-safe; the engine it builds is.
     */
    public static final class Builder {

        private Ruleset ruleset = Ruleset.defaults();
        private final List<Rule> added = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the ruleset (default: {@link Ruleset#defaults()}).
         *
         * @param ruleset the ruleset
         * @return this builder
         */
        public Builder ruleset(Ruleset ruleset) {
            this.ruleset = Objects.requireNonNull(ruleset, "ruleset");
            return this;
        }

        /**
         * Adds a rule after the default rules (and after rules added before it).
         *
         * @param rule the rule; stateless and thread-safe
         * @return this builder
         */
        public Builder addRule(Rule rule) {
            added.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Builds the engine, checking the ruleset against the rules.
         *
         * @return the engine
         * @throws IllegalArgumentException if two rules share an id, or the ruleset names an unknown
         *     rule or parameter, or gives a parameter a value its rule does not accept
         */
        public GovernanceRules build() {
            List<Rule> rules = new ArrayList<>(DefaultRules.all());
            rules.addAll(added);
            Map<String, Rule> byId = new LinkedHashMap<>();
            for (Rule rule : rules) {
                if (byId.putIfAbsent(rule.id(), rule) != null) {
                    throw new IllegalArgumentException("two rules have the id " + rule.id());
                }
            }
            for (String id : ruleset.rules().keySet()) {
                if (!byId.containsKey(id)) {
                    throw new IllegalArgumentException("ruleset " + ruleset.name() + " names unknown rule " + id);
                }
            }
            for (String name : ruleset.commonParameters().keySet()) {
                if (rules.stream().noneMatch(r -> r.defaultParameters().containsKey(name))) {
                    throw new IllegalArgumentException(
                            "ruleset " + ruleset.name() + " sets " + name + ", which no rule has");
                }
            }
            List<Configured> configured = new ArrayList<>(rules.size());
            for (Rule rule : rules) {
                configured.add(configure(rule));
            }
            return new GovernanceRules(ruleset, rules, configured);
        }

        private Configured configure(Rule rule) {
            Ruleset.RuleSettings settings = ruleset.settings(rule.id());
            Map<String, String> parameters = new LinkedHashMap<>(rule.defaultParameters());
            ruleset.commonParameters().forEach((name, value) -> {
                if (parameters.containsKey(name)) {
                    parameters.put(name, value);
                }
            });
            settings.parameters().forEach((name, value) -> {
                if (!rule.defaultParameters().containsKey(name)) {
                    throw new IllegalArgumentException(rule.id() + " has no parameter named " + name);
                }
                parameters.put(name, value);
            });
            parameters.forEach((name, value) -> rule.parameterDefect(name, value)
                    .ifPresent(defect -> {
                        throw new IllegalArgumentException(
                                rule.id() + " parameter " + name + " " + defect + ", got " + value);
                    }));
            Level level = settings.level().orElse(Level.of(rule.defaultSeverity()));
            return new Configured(rule, level, new RuleParameters(parameters));
        }
    }
}
