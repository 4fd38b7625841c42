package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.AgreementKind;
import eu.ospo.model.Commitment;
import eu.ospo.model.CommitmentUnit;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Renewal;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** AGR-WELLFORMED: an agreement's dates, commitment and notice period make sense together. */
final class AgreementWellFormed extends RuleDefinition {

    AgreementWellFormed() {
        super(
                "AGR-WELLFORMED",
                Severity.ERROR,
                Anchors.SFPC_WELCOME_CONTRIBUTORS,
                "Every agreement is well-formed: start <= end; a commitment (required for maintenance and"
                        + " development) has a positive amount and a per exactly when its unit is hours; an agreement"
                        + " without an end renews automatically with a notice period; the notice period is not"
                        + " negative and not longer than the term.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        if (facts.agreements().isEmpty()) {
            return List.of(Outcome.notApplicable("governance.yml has no agreements"));
        }
        List<Outcome> outcomes = new ArrayList<>(facts.agreements().size());
        for (Indexed<MaintainerAgreement> agreement : facts.agreements()) {
            outcomes.add(check(facts, agreement));
        }
        return outcomes;
    }

    private static Outcome check(Facts facts, Indexed<MaintainerAgreement> indexed) {
        MaintainerAgreement agreement = indexed.value();
        String key = Keys.agreement(indexed.index());
        List<String> defects = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        Optional<Long> termDays = Optional.empty();
        if (agreement.end().isPresent()) {
            if (agreement.end().get().isBefore(agreement.start())) {
                defects.add("ends " + agreement.end().get() + " before it starts " + agreement.start());
                locations.add(facts.governanceAt(key + ".end"));
            } else {
                termDays = Optional.of(ChronoUnit.DAYS.between(
                                agreement.start(), agreement.end().get())
                        + 1);
            }
        } else if (agreement.renewal() != Renewal.AUTOMATIC
                || agreement.noticePeriodDays().isEmpty()) {
            defects.add("has no end, which only an agreement renewing automatically with a notice period may omit");
            locations.add(facts.governanceAt(key));
        }
        if (agreement.commitment().isPresent()) {
            Commitment commitment = agreement.commitment().get();
            if (commitment.amount().signum() <= 0) {
                defects.add("commits " + Numbers.text(commitment.amount()) + ", not a positive amount");
                locations.add(facts.governanceAt(key + ".commitment.amount"));
            }
            if (commitment.unit() == CommitmentUnit.HOURS && commitment.per().isEmpty()) {
                defects.add("commits hours without saying per week, month, quarter or year");
                locations.add(facts.governanceAt(key + ".commitment"));
            }
            if (commitment.unit() == CommitmentUnit.FTE && commitment.per().isPresent()) {
                defects.add("commits FTE with a per, which only hours take");
                locations.add(facts.governanceAt(key + ".commitment.per"));
            }
        } else if (agreement.kind() == AgreementKind.MAINTENANCE || agreement.kind() == AgreementKind.DEVELOPMENT) {
            defects.add("is a " + agreement.kind().value() + " agreement without a commitment");
            locations.add(facts.governanceAt(key));
        }
        if (agreement.noticePeriodDays().isPresent()) {
            int notice = agreement.noticePeriodDays().get();
            if (notice < 0) {
                defects.add("has a negative notice period of " + notice + " days");
                locations.add(facts.governanceAt(key + ".noticePeriodDays"));
            } else if (termDays.isPresent() && notice > termDays.get()) {
                defects.add("has a notice period of " + notice + " days, longer than its term of " + termDays.get()
                        + " days");
                locations.add(facts.governanceAt(key + ".noticePeriodDays"));
            }
        }
        var evidence = Evidence.of()
                .with("agreement", agreement.id())
                .with("kind", agreement.kind().value())
                .with("start", agreement.start())
                .with("end", agreement.end().map(Object::toString).orElse(""))
                .with("renewal", agreement.renewal().value())
                .with(
                        "noticePeriodDays",
                        agreement.noticePeriodDays().map(n -> (Object) n).orElse(""))
                .with("termDays", termDays.map(t -> (Object) t).orElse(""))
                .with(
                        "commitment",
                        agreement
                                .commitment()
                                .map(c -> (Object) Evidence.ordered(
                                        "amount", c.amount(),
                                        "unit", c.unit().value(),
                                        "per", c.per().map(p -> p.value()).orElse("")))
                                .orElse(""))
                .with("defects", defects)
                .map();
        if (defects.isEmpty()) {
            return Outcome.pass(
                    "agreement " + agreement.id() + " is well-formed", List.of(facts.governanceAt(key)), evidence);
        }
        return Outcome.fail("agreement " + agreement.id() + " " + String.join("; ", defects), locations, evidence);
    }
}
