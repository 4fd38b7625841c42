package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Renewal;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** AGR-NOTICE-PASSED: the last day to act on an ending agreement has not passed without a successor. */
final class NoticePassed extends RuleDefinition {

    NoticePassed() {
        super(
                "AGR-NOTICE-PASSED",
                Severity.WARNING,
                Anchors.SFPC_WELCOME_CONTRIBUTORS,
                "For every active agreement with renewal manual or none, an end and a notice period, the"
                        + " evaluation date is not after end - noticePeriodDays unless a successor agreement exists"
                        + " (same provider and project, starting no later than the day after the end).");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        LocalDate today = facts.date();
        List<Outcome> outcomes = new ArrayList<>();
        for (Indexed<MaintainerAgreement> indexed : facts.agreements()) {
            MaintainerAgreement agreement = indexed.value();
            Optional<LocalDate> deadline = agreement.noticeDeadline();
            if (!agreement.isActiveOn(today) || agreement.renewal() == Renewal.AUTOMATIC || deadline.isEmpty()) {
                continue;
            }
            Optional<Indexed<MaintainerAgreement>> successor = facts.successor(indexed);
            String key = Keys.agreement(indexed.index());
            List<Location> locations = new ArrayList<>();
            locations.add(facts.governanceAt(key + ".noticePeriodDays"));
            successor.ifPresent(s -> locations.add(facts.governanceAt(Keys.agreement(s.index()))));
            var evidence = Evidence.of()
                    .with("agreement", agreement.id())
                    .with("end", agreement.end().orElseThrow())
                    .with("noticePeriodDays", agreement.noticePeriodDays().orElseThrow())
                    .with("noticeDeadline", deadline.get())
                    .with("renewal", agreement.renewal().value())
                    .with("successor", successor.map(s -> s.value().id()).orElse(""))
                    .map();
            String about = "agreement " + agreement.id() + " (renewal "
                    + agreement.renewal().value() + ") had to be acted on by " + deadline.get();
            if (!today.isAfter(deadline.get())) {
                outcomes.add(Outcome.pass(
                        "agreement " + agreement.id() + " can still be renewed or replaced: notice is due by "
                                + deadline.get(),
                        locations,
                        evidence));
            } else if (successor.isPresent()) {
                outcomes.add(Outcome.pass(
                        about + " and is continued by agreement "
                                + successor.get().value().id(),
                        locations,
                        evidence));
            } else {
                outcomes.add(Outcome.fail(
                        about + "; that day has passed and no agreement of " + agreement.provider() + " on "
                                + agreement.project() + " continues it",
                        locations,
                        evidence));
            }
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable(
                    "no active agreement with renewal manual or none has both an end and a notice period"));
        }
        return outcomes;
    }
}
