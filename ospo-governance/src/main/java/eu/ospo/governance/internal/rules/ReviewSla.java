package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.ServiceLevels;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.List;

/** AGR-REVIEW-SLA: promised review times are prompt. */
final class ReviewSla extends RuleDefinition {

    ReviewSla() {
        super(
                "AGR-REVIEW-SLA",
                Severity.INFO,
                Anchors.SFPC_REVIEW,
                "Every agreement that is not terminated and has not ended, and that sets serviceLevels.reviewDays,"
                        + " promises reviews within maxReviewDays days.",
                ParameterSpec.of(
                        "maxReviewDays", "2", ParameterSpec.Kind.WHOLE, "the longest acceptable review time in days"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        int max = parameters.integer("maxReviewDays");
        List<Outcome> outcomes = new ArrayList<>();
        for (Indexed<MaintainerAgreement> indexed : facts.agreements()) {
            MaintainerAgreement agreement = indexed.value();
            boolean current = agreement.status() != AgreementStatus.TERMINATED
                    && agreement.end().map(end -> !end.isBefore(facts.date())).orElse(true);
            if (!current) {
                continue;
            }
            var reviewDays = agreement.serviceLevels().flatMap(ServiceLevels::reviewDays);
            if (reviewDays.isEmpty()) {
                continue;
            }
            var evidence = Evidence.of()
                    .with("agreement", agreement.id())
                    .with("reviewDays", reviewDays.get())
                    .with("maxReviewDays", max)
                    .map();
            var locations = List.of(facts.governanceAt(Keys.agreement(indexed.index()) + ".serviceLevels.reviewDays"));
            String message = "agreement " + agreement.id() + " promises reviews within " + reviewDays.get()
                    + " day(s); the limit is " + max;
            outcomes.add(
                    reviewDays.get() <= max
                            ? Outcome.pass(message, locations, evidence)
                            : Outcome.fail(message, locations, evidence));
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable("no current agreement sets serviceLevels.reviewDays"));
        }
        return outcomes;
    }
}
