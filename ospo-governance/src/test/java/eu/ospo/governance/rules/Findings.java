package eu.ospo.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Test helpers to pick findings out of an evaluation. */
final class Findings {

    private Findings() {}

    static List<Finding> of(Evaluation evaluation, String ruleId) {
        return evaluation.findings().stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .toList();
    }

    /** The only finding of a rule. */
    static Finding single(Evaluation evaluation, String ruleId) {
        List<Finding> findings = of(evaluation, ruleId);
        assertThat(findings).as("findings of " + ruleId).hasSize(1);
        return findings.get(0);
    }

    static List<Status> statuses(Evaluation evaluation, String ruleId) {
        return of(evaluation, ruleId).stream().map(Finding::status).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
