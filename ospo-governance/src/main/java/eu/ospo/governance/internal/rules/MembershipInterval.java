package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Organisation;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** ORG-MEMBERSHIP-INTERVAL: an agreement's term lies within its provider's membership. */
final class MembershipInterval extends RuleDefinition {

    MembershipInterval() {
        super(
                "ORG-MEMBERSHIP-INTERVAL",
                Severity.ERROR,
                Anchors.SFPC_WELCOME_CONTRIBUTORS,
                "Every agreement that is not terminated lies within its provider's membership: joined <= start,"
                        + " and if the provider left, the agreement has an end and end <= left.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Indexed<MaintainerAgreement> agreement : facts.agreements()) {
            if (agreement.value().status() != AgreementStatus.TERMINATED) {
                outcomes.add(check(facts, agreement));
            }
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable("there are no agreements that are draft or signed"));
        }
        return outcomes;
    }

    private static Outcome check(Facts facts, Indexed<MaintainerAgreement> indexed) {
        MaintainerAgreement agreement = indexed.value();
        Optional<Indexed<Organisation>> provider = facts.organisation(agreement.provider());
        if (provider.isEmpty()) {
            return Outcome.notApplicable("agreement " + agreement.id() + " names unknown provider "
                    + agreement.provider() + " (see ORG-IDENTIFIERS)");
        }
        Organisation organisation = provider.get().value();
        String key = Keys.agreement(indexed.index());
        String organisationKey = Keys.organisation(provider.get().index());
        List<String> defects = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        if (agreement.start().isBefore(organisation.joined())) {
            defects.add("starts " + agreement.start() + ", before " + organisation.id() + " joined on "
                    + organisation.joined());
            locations.add(facts.governanceAt(key + ".start"));
            locations.add(facts.governanceAt(organisationKey + ".joined"));
        }
        if (organisation.left().isPresent()) {
            if (agreement.end().isEmpty()) {
                defects.add("has no end, but " + organisation.id() + " left on "
                        + organisation.left().get());
                locations.add(facts.governanceAt(key));
                locations.add(facts.governanceAt(organisationKey + ".left"));
            } else if (agreement.end().get().isAfter(organisation.left().get())) {
                defects.add("ends " + agreement.end().get() + ", after " + organisation.id() + " left on "
                        + organisation.left().get());
                locations.add(facts.governanceAt(key + ".end"));
                locations.add(facts.governanceAt(organisationKey + ".left"));
            }
        }
        var evidence = Evidence.of()
                .with("agreement", agreement.id())
                .with("provider", organisation.id())
                .with("start", agreement.start())
                .with("end", agreement.end().map(Object::toString).orElse(""))
                .with("joined", organisation.joined())
                .with("left", organisation.left().map(Object::toString).orElse(""))
                .map();
        if (defects.isEmpty()) {
            return Outcome.pass(
                    "agreement " + agreement.id() + " lies within " + organisation.id() + "'s membership",
                    List.of(facts.governanceAt(key)),
                    evidence);
        }
        return Outcome.fail("agreement " + agreement.id() + " " + String.join(" and ", defects), locations, evidence);
    }
}
