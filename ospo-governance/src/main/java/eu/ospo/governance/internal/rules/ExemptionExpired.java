package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.Exemption;
import eu.ospo.problem.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * META-EXEMPTION-EXPIRED: every exemption still applies. Exemptions that have expired, or that give
 * no reason, exempt nothing; this rule says so, so they are renewed or removed.
 */
final class ExemptionExpired extends RuleDefinition {

    /** This rule's id. */
    static final String ID = "META-EXEMPTION-EXPIRED";

    ExemptionExpired() {
        super(
                ID,
                Severity.INFO,
                Anchors.CLOMONITOR_EXEMPTIONS,
                "Every community.exemptions[] entry still applies: it gives a non-blank reason and its until, if"
                        + " any, is on or after the evaluation date. Expired or reasonless exemptions exempt nothing.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        List<Indexed<Exemption>> exemptions = new ArrayList<>();
        List<Exemption> listed = facts.governance().community().exemptions();
        for (int i = 0; i < listed.size(); i++) {
            exemptions.add(new Indexed<>(listed.get(i), i));
        }
        if (exemptions.isEmpty()) {
            return List.of(Outcome.notApplicable("governance.yml declares no exemptions"));
        }
        exemptions.sort(Comparator.comparing((Indexed<Exemption> e) -> e.value().rule())
                .thenComparing(e -> e.value().until().orElse(LocalDate.MAX))
                .thenComparing(e -> e.value().reason())
                .thenComparingInt(Indexed::index));
        LocalDate today = facts.date();
        List<Outcome> outcomes = new ArrayList<>(exemptions.size());
        for (Indexed<Exemption> indexed : exemptions) {
            Exemption exemption = indexed.value();
            String key = Keys.exemption(indexed.index());
            var evidence = Evidence.of()
                    .with("rule", exemption.rule())
                    .with("until", exemption.until().map(Object::toString).orElse(""))
                    .with("reason", exemption.reason())
                    .map();
            String what = "the exemption from " + exemption.rule();
            if (exemption.reason().isBlank()) {
                outcomes.add(Outcome.fail(
                        what + " gives no reason, so it exempts nothing",
                        List.of(facts.governanceAt(key + ".reason")),
                        evidence));
            } else if (!exemption.isInForceOn(today)) {
                outcomes.add(Outcome.fail(
                        what + " expired on " + exemption.until().orElseThrow() + "; renew or remove it",
                        List.of(facts.governanceAt(key + ".until")),
                        evidence));
            } else {
                outcomes.add(Outcome.pass(
                        what + exemption.until().map(u -> " applies until " + u).orElse(" applies without end"),
                        List.of(facts.governanceAt(key)),
                        evidence));
            }
        }
        return outcomes;
    }
}
