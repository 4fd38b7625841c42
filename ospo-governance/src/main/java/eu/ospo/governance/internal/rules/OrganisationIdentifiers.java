package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.Contact;
import eu.ospo.model.DecisionBody;
import eu.ospo.model.Governance;
import eu.ospo.model.Identifier;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Organisation;
import eu.ospo.model.Project;
import eu.ospo.model.Seat;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ORG-IDENTIFIERS: organisations have unique ids, valid countries and well-formed identifiers, and
 * every reference in governance.yml resolves.
 */
final class OrganisationIdentifiers extends RuleDefinition {

    private static final Set<String> COUNTRIES = Set.copyOf(java.util.Arrays.asList(Locale.getISOCountries()));

    private static final int LISTED_IN_MESSAGE = 5;

    /** A reference that does not resolve: what it says, and where. */
    private record Dangling(String description, String key) {}

    OrganisationIdentifiers() {
        super(
                "ORG-IDENTIFIERS",
                Severity.ERROR,
                Anchors.SFPC_WELCOME_CONTRIBUTORS,
                "Organisation ids are unique, every country is an ISO 3166-1 alpha-2 code, every identifier passes"
                        + " its scheme's syntax check, and every reference in governance.yml (projects,"
                        + " organisations, contacts) resolves.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Indexed<Organisation> organisation : facts.organisations()) {
            outcomes.add(organisation(facts, organisation));
        }
        outcomes.add(references(facts));
        return outcomes;
    }

    private static Outcome organisation(Facts facts, Indexed<Organisation> indexed) {
        Organisation organisation = indexed.value();
        String key = Keys.organisation(indexed.index());
        List<String> defects = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        int count = facts.organisationIdCount(organisation.id());
        if (count > 1) {
            defects.add("id " + organisation.id() + " is used by " + count + " organisations");
            locations.add(facts.governanceAt(key + ".id"));
        }
        if (!COUNTRIES.contains(organisation.country())) {
            defects.add("country " + organisation.country() + " is not an ISO 3166-1 alpha-2 code");
            locations.add(facts.governanceAt(key + ".country"));
        }
        List<String> identifiers = new ArrayList<>();
        for (Indexed<Identifier> item :
                Indexed.sortedBy(organisation.identifiers(), i -> i.scheme().value() + ":" + i.value())) {
            Identifier identifier = item.value();
            identifiers.add(identifier.scheme().value() + ":" + identifier.value());
            Optional<String> defect = identifier.scheme().defect(identifier.value());
            if (defect.isPresent()) {
                defects.add(
                        "identifier " + identifier.scheme().value() + " " + identifier.value() + ": " + defect.get());
                locations.add(facts.governanceAt(key + ".identifiers[" + item.index() + "].value"));
            }
        }
        var evidence = Evidence.of()
                .with("organisation", organisation.id())
                .with("country", organisation.country())
                .with("identifiers", identifiers)
                .with("defects", defects)
                .map();
        if (defects.isEmpty()) {
            return Outcome.pass(
                    "organisation " + organisation.id() + " has a unique id, country " + organisation.country()
                            + " and " + identifiers.size() + " well-formed identifier(s)",
                    List.of(facts.governanceAt(key)),
                    evidence);
        }
        return Outcome.fail(
                "organisation " + organisation.id() + ": " + String.join("; ", defects), locations, evidence);
    }

    private static Outcome references(Facts facts) {
        Governance governance = facts.governance();
        List<Dangling> dangling = new ArrayList<>();
        int[] checked = {0};
        for (int i = 0; i < governance.agreements().size(); i++) {
            MaintainerAgreement agreement = governance.agreements().get(i);
            String key = Keys.agreement(i);
            String who = "agreement " + agreement.id();
            checked[0] += 2;
            if (facts.project(agreement.project()).isEmpty()) {
                dangling.add(new Dangling(who + " names unknown project " + agreement.project(), key + ".project"));
            }
            organisation(facts, dangling, agreement.provider(), who + " names unknown provider", key + ".provider");
            if (agreement.contractor().isPresent()) {
                checked[0]++;
                organisation(
                        facts,
                        dangling,
                        agreement.contractor().get(),
                        who + " names unknown contractor",
                        key + ".contractor");
            }
            if (!agreement.beneficiary().equals(MaintainerAgreement.COMMUNITY)) {
                checked[0]++;
                organisation(
                        facts,
                        dangling,
                        agreement.beneficiary(),
                        who + " names unknown beneficiary",
                        key + ".beneficiary");
            }
            for (int m = 0; m < agreement.maintainers().size(); m++) {
                checked[0]++;
                contact(
                        facts,
                        dangling,
                        agreement.maintainers().get(m),
                        who + " names unknown maintainer",
                        key + ".maintainers[" + m + "]");
            }
        }
        for (int i = 0; i < governance.projects().size(); i++) {
            Project project = governance.projects().get(i);
            if (project.steward().isPresent()) {
                checked[0]++;
                organisation(
                        facts,
                        dangling,
                        project.steward().get(),
                        "project " + project.id() + " names unknown steward",
                        Keys.project(i) + ".steward");
            }
        }
        for (int i = 0; i < governance.contacts().size(); i++) {
            Contact contact = governance.contacts().get(i);
            checked[0]++;
            organisation(
                    facts,
                    dangling,
                    contact.affiliation(),
                    "contact " + contact.id() + " names unknown affiliation",
                    Keys.contact(i) + ".affiliation");
            if (contact.owner().isPresent()) {
                checked[0]++;
                contact(
                        facts,
                        dangling,
                        contact.owner().get(),
                        "contact " + contact.id() + " names unknown owner",
                        Keys.contact(i) + ".owner");
            }
        }
        List<DecisionBody> bodies =
                governance.decisionMaking().map(d -> d.bodies()).orElse(List.of());
        for (int i = 0; i < bodies.size(); i++) {
            DecisionBody body = bodies.get(i);
            for (int s = 0; s < body.seats().size(); s++) {
                Seat seat = body.seats().get(s);
                String key = Keys.body(i) + ".seats[" + s + "]";
                checked[0]++;
                organisation(
                        facts,
                        dangling,
                        seat.organisation(),
                        "a seat of " + body.id() + " names unknown organisation",
                        key + ".organisation");
                if (seat.contact().isPresent()) {
                    checked[0]++;
                    contact(
                            facts,
                            dangling,
                            seat.contact().get(),
                            "a seat of " + body.id() + " names unknown contact",
                            key + ".contact");
                }
            }
        }
        List<CommunityTimeReport> reports =
                governance.communityTime().map(c -> c.reports()).orElse(List.of());
        for (int i = 0; i < reports.size(); i++) {
            checked[0]++;
            organisation(
                    facts,
                    dangling,
                    reports.get(i).organisation(),
                    "a community-time report for " + reports.get(i).period() + " names unknown organisation",
                    "communityTime.reports[" + i + "].organisation");
        }
        dangling.sort(Comparator.comparing(Dangling::description).thenComparing(Dangling::key));
        List<String> descriptions = dangling.stream().map(Dangling::description).toList();
        var evidence = Evidence.of()
                .with("references", checked[0])
                .with("unresolved", descriptions)
                .map();
        if (dangling.isEmpty()) {
            return Outcome.pass("all " + checked[0] + " references in governance.yml resolve", List.of(), evidence);
        }
        List<Location> locations =
                dangling.stream().map(d -> facts.governanceAt(d.key())).toList();
        String listed = String.join("; ", descriptions.subList(0, Math.min(LISTED_IN_MESSAGE, descriptions.size())));
        String more = descriptions.size() > LISTED_IN_MESSAGE
                ? "; and " + (descriptions.size() - LISTED_IN_MESSAGE) + " more"
                : "";
        return Outcome.fail(
                dangling.size() + " of " + checked[0] + " references do not resolve: " + listed + more,
                locations,
                evidence);
    }

    private static void organisation(Facts facts, List<Dangling> dangling, String id, String what, String key) {
        if (facts.organisation(id).isEmpty()) {
            dangling.add(new Dangling(what + " " + id, key));
        }
    }

    private static void contact(Facts facts, List<Dangling> dangling, String id, String what, String key) {
        if (facts.contact(id).isEmpty()) {
            dangling.add(new Dangling(what + " " + id, key));
        }
    }
}
