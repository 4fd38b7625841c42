package eu.ospo.governance.internal.report;

import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import java.util.Comparator;
import java.util.List;

/**
 * The order people read findings in: failures first (errors, warnings, info), then exempted,
 * passing and not-applicable findings; evaluation order within each group (the sort is stable).
 */
final class FindingOrder {

    private FindingOrder() {}

    static List<Finding> forPeople(List<Finding> findings) {
        return findings.stream()
                .sorted(Comparator.comparingInt(FindingOrder::rank))
                .toList();
    }

    private static int rank(Finding finding) {
        return switch (finding.status()) {
            case FAIL -> finding.severity().ordinal(); // ERROR 0, WARNING 1, INFO 2
            case EXEMPTED -> 3;
            case PASS -> 4;
            case NOT_APPLICABLE -> 5;
        };
    }

    /** {@code FAIL}, {@code PASS}, {@code EXEMPTED}, {@code N/A}. */
    static String statusWord(Status status) {
        return status == Status.NOT_APPLICABLE ? "N/A" : status.name();
    }
}
