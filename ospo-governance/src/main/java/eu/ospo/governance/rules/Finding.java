package eu.ospo.governance.rules;

import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One result of one rule, as reported: the rule, the severity the ruleset gives it, the status,
 * a message, where, the evidence, and the source the rule comes from.
 *
 * @param ruleId the rule's id, for example {@code DIV-ELEPHANT}
 * @param severity the severity of the rule at its configured level
 * @param status pass, fail, exempted or not applicable
 * @param message one sentence for people
 * @param locations where (file, key, line, column)
 * @param evidence the values used, in a stable order (see {@link Outcome#evidence()})
 * @param anchor the URL of the criterion the rule comes from
 */
public record Finding(
        String ruleId,
        Severity severity,
        Status status,
        String message,
        List<Location> locations,
        Map<String, Object> evidence,
        URI anchor) {

    /** Checks and copies the components. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(anchor, "anchor");
        locations = List.copyOf(locations);
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /**
     * Whether this finding fails the check: a failure of error severity.
     *
     * @return true for an error-severity failure
     */
    public boolean isBlocking() {
        return status == Status.FAIL && severity == Severity.ERROR;
    }
}
