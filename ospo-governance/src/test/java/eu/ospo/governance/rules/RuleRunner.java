package eu.ospo.governance.rules;

import eu.ospo.model.Governance;
import eu.ospo.publiccode.model.PublicCode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs one default rule through the public {@link Rule} interface. */
final class RuleRunner {

    private RuleRunner() {}

    static Rule rule(String id) {
        return GovernanceRules.defaultRules().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + id));
    }

    static List<Outcome> run(String id, Governance governance, Optional<PublicCode> publicCode, String date) {
        return run(id, governance, publicCode, date, Map.of());
    }

    static List<Outcome> run(
            String id,
            Governance governance,
            Optional<PublicCode> publicCode,
            String date,
            Map<String, String> parameters) {
        Rule rule = rule(id);
        Map<String, String> effective = new LinkedHashMap<>(rule.defaultParameters());
        effective.putAll(parameters);
        return rule.evaluate(
                RuleContext.of(governance, publicCode, LocalDate.parse(date)), new RuleParameters(effective));
    }

    static List<Outcome> run(String id, Governance governance, String date) {
        return run(id, governance, Optional.empty(), date);
    }

    static Outcome only(List<Outcome> outcomes) {
        if (outcomes.size() != 1) {
            throw new AssertionError("expected one outcome, got " + outcomes);
        }
        return outcomes.get(0);
    }

    static List<Status> statuses(List<Outcome> outcomes) {
        return outcomes.stream().map(Outcome::status).toList();
    }
}
