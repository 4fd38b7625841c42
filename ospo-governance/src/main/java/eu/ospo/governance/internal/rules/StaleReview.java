package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** META-STALE: governance.yml has been reviewed recently. */
final class StaleReview extends RuleDefinition {

    StaleReview() {
        super(
                "META-STALE",
                Severity.WARNING,
                Anchors.SECURITY_INSIGHTS,
                "community.lastReviewed is no more than months months before the evaluation date.",
                ParameterSpec.of(
                        "months", "12", ParameterSpec.Kind.POSITIVE_WHOLE, "how old a review may be, in months"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        int months = parameters.integer("months");
        LocalDate reviewed = facts.governance().community().lastReviewed();
        LocalDate due = reviewed.plusMonths(months);
        long daysSince = ChronoUnit.DAYS.between(reviewed, facts.date());
        var evidence = Evidence.of()
                .with("lastReviewed", reviewed)
                .with("reviewDue", due)
                .with("months", months)
                .with("daysSinceReview", daysSince)
                .map();
        var locations = List.of(facts.governanceAt("community.lastReviewed"));
        if (facts.date().isAfter(due)) {
            return List.of(Outcome.fail(
                    "governance.yml was last reviewed on " + reviewed + "; a review was due by " + due,
                    locations,
                    evidence));
        }
        return List.of(Outcome.pass(
                "governance.yml was last reviewed on " + reviewed + "; the next review is due by " + due,
                locations,
                evidence));
    }
}
