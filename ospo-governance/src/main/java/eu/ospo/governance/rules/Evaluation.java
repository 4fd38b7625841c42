package eu.ospo.governance.rules;

import eu.ospo.problem.Severity;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of evaluating a ruleset: every finding, in rule order, with the date and ruleset it was
 * evaluated with.
 *
 * @param date the evaluation date
 * @param rulesetName the ruleset's name (for example {@code default})
 * @param findings every finding
 */
public record Evaluation(LocalDate date, String rulesetName, List<Finding> findings) {

    /** Checks and copies the components. */
    public Evaluation {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rulesetName, "rulesetName");
        findings = List.copyOf(findings);
    }

    /**
     * Whether the check passed: no failure of error severity.
     *
     * @return true when no finding is blocking
     */
    public boolean passed() {
        return findings.stream().noneMatch(Finding::isBlocking);
    }

    /**
     * How many findings have each status.
     *
     * @return status to count, every status present
     */
    public Map<Status, Long> countByStatus() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0L);
        }
        findings.forEach(f -> counts.merge(f.status(), 1L, Long::sum));
        return counts;
    }

    /**
     * How many failures there are of a severity.
     *
     * @param severity the severity
     * @return the number of failing findings with that severity
     */
    public long failures(Severity severity) {
        return findings.stream()
                .filter(f -> f.status() == Status.FAIL && f.severity() == severity)
                .count();
    }
}
