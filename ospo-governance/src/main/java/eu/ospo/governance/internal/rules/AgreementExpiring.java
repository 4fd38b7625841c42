package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Renewal;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** AGR-EXPIRING: an active agreement about to end has a successor. */
final class AgreementExpiring extends RuleDefinition {

    AgreementExpiring() {
        super(
                "AGR-EXPIRING",
                Severity.WARNING,
                Anchors.SFPC_WELCOME_CONTRIBUTORS,
                "No active agreement ends within max(days, its noticePeriodDays) days of the evaluation date"
                        + " without a successor: a signed agreement of the same provider on the same project that"
                        + " starts no later than the day after the end and runs past it. Agreements that renew"
                        + " automatically pass.",
                ParameterSpec.of(
                        "days",
                        "90",
                        ParameterSpec.Kind.WHOLE,
                        "the warning window in days (the agreement's notice period if longer)"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        int days = parameters.integer("days");
        LocalDate today = facts.date();
        List<Outcome> outcomes = new ArrayList<>();
        for (Indexed<MaintainerAgreement> indexed : facts.agreements()) {
            MaintainerAgreement agreement = indexed.value();
            if (!agreement.isActiveOn(today) || agreement.end().isEmpty()) {
                continue;
            }
            LocalDate end = agreement.end().get();
            long daysLeft = ChronoUnit.DAYS.between(today, end);
            int window = Math.max(days, agreement.noticePeriodDays().orElse(0));
            Optional<Indexed<MaintainerAgreement>> successor = facts.successor(indexed);
            String key = Keys.agreement(indexed.index());
            List<Location> locations = new ArrayList<>();
            locations.add(facts.governanceAt(key + ".end"));
            successor.ifPresent(s -> locations.add(facts.governanceAt(Keys.agreement(s.index()))));
            var evidence = Evidence.of()
                    .with("agreement", agreement.id())
                    .with("end", end)
                    .with("daysLeft", daysLeft)
                    .with("windowDays", window)
                    .with("renewal", agreement.renewal().value())
                    .with("successor", successor.map(s -> s.value().id()).orElse(""))
                    .map();
            String ends = "agreement " + agreement.id() + " ends on " + end + " (" + daysLeft + " day(s) left)";
            if (agreement.renewal() == Renewal.AUTOMATIC) {
                outcomes.add(Outcome.pass(ends + " and renews automatically", locations, evidence));
            } else if (successor.isPresent()) {
                outcomes.add(Outcome.pass(
                        ends + " and is continued by agreement "
                                + successor.get().value().id(),
                        locations,
                        evidence));
            } else if (daysLeft <= window) {
                outcomes.add(Outcome.fail(
                        ends + ", within the " + window + "-day window, and no agreement of " + agreement.provider()
                                + " on " + agreement.project() + " continues it",
                        locations,
                        evidence));
            } else {
                outcomes.add(Outcome.pass(ends + ", outside the " + window + "-day window", locations, evidence));
            }
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable("no active agreement has an end"));
        }
        return outcomes;
    }
}
