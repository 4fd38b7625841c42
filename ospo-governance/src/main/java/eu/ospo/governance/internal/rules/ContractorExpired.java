package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.Contractor;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** PC-CONTRACTOR-EXPIRED: no publiccode.yml contractor's maintenance has ended. */
final class ContractorExpired extends RuleDefinition {

    ContractorExpired() {
        super(
                "PC-CONTRACTOR-EXPIRED",
                Severity.ERROR,
                Anchors.PC_CONTRACTOR,
                "Every maintenance.contractors[].until in publiccode.yml is on or after the evaluation date"
                        + " (allowing graceDays).",
                ParameterSpec.of(
                        "graceDays",
                        "0",
                        ParameterSpec.Kind.WHOLE,
                        "days a contractor may be past its until date before the rule fails"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        if (facts.publicCode().isEmpty()) {
            return List.of(Outcome.notApplicable("there is no publiccode.yml to check"));
        }
        List<Indexed<Contractor>> contractors = new ArrayList<>();
        List<Contractor> listed = facts.publicCode().get().maintenance().contractors();
        for (int i = 0; i < listed.size(); i++) {
            contractors.add(new Indexed<>(listed.get(i), i));
        }
        if (contractors.isEmpty()) {
            return List.of(Outcome.notApplicable("publiccode.yml lists no contractors"));
        }
        contractors.sort(
                Comparator.comparing((Indexed<Contractor> c) -> c.value().until())
                        .thenComparing(c -> c.value().name())
                        .thenComparingInt(Indexed::index));
        int grace = parameters.integer("graceDays");
        LocalDate today = facts.date();
        List<Outcome> outcomes = new ArrayList<>(contractors.size());
        for (Indexed<Contractor> contractor : contractors) {
            LocalDate until = contractor.value().until();
            long daysLeft = ChronoUnit.DAYS.between(today, until);
            var evidence = Evidence.of()
                    .with("contractor", contractor.value().name())
                    .with("until", until)
                    .with("daysLeft", daysLeft)
                    .with("graceDays", grace)
                    .map();
            var locations = List.of(facts.publiccodeAt("maintenance.contractors[" + contractor.index() + "].until"));
            if (today.isAfter(until.plusDays(grace))) {
                outcomes.add(Outcome.fail(
                        "contractor " + contractor.value().name() + " maintained the software until " + until + ", "
                                + -daysLeft + " day(s) ago",
                        locations,
                        evidence));
            } else {
                outcomes.add(Outcome.pass(
                        daysLeft >= 0
                                ? "contractor " + contractor.value().name() + " maintains the software until " + until
                                        + " (" + daysLeft + " day(s) left)"
                                : "contractor " + contractor.value().name() + " ended on " + until
                                        + ", within the grace period of " + grace + " day(s)",
                        locations,
                        evidence));
            }
        }
        return outcomes;
    }
}
