package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.Mention;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.files.SecurityInsights;
import eu.ospo.governance.files.SecurityPolicy;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.Contact;
import eu.ospo.model.ContactRole;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** FILE-SECURITY-CONTACT: the address SECURITY.md gives belongs to a declared security contact. */
final class FileSecurityContact extends RuleDefinition {

    FileSecurityContact() {
        super(
                "FILE-SECURITY-CONTACT",
                Severity.WARNING,
                Anchors.SFPC_CONTRIBUTING_EASY,
                "Every e-mail address SECURITY.md gives (and every security contact of SECURITY-INSIGHTS.yml) is"
                        + " the e-mail of a governance.yml contact with the securityContact role.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        List<Mention> addresses = new ArrayList<>();
        List<Location> where = new ArrayList<>();
        Optional<RepositoryFile<SecurityPolicy>> policy = files.get().securityPolicy();
        policy.flatMap(RepositoryFile::model)
                .ifPresent(p -> p.document().emails().forEach(email -> {
                    addresses.add(email);
                    where.add(RepositoryView.at(policy.get().path(), email.line(), email.column()));
                }));
        Optional<RepositoryFile<SecurityInsights>> insights = files.get().securityInsights();
        insights.flatMap(RepositoryFile::model)
                .ifPresent(i -> i.contacts().stream()
                        .filter(SecurityInsights.Person::security)
                        .filter(p -> p.email().isPresent())
                        .forEach(p -> {
                            addresses.add(new Mention(0, 0, p.email().get()));
                            where.add(new Location(insights.get().path(), p.key(), 0, 0));
                        }));
        if (addresses.isEmpty()) {
            return List.of(Outcome.notApplicable(
                    "neither SECURITY.md nor SECURITY-INSIGHTS.yml gives an e-mail address to compare"));
        }
        List<String> matched = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> withoutRole = new ArrayList<>();
        List<Location> failing = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            String email = addresses.get(i).value();
            Optional<Contact> contact =
                    RepositoryView.contactByEmail(facts, email).map(Indexed::value);
            if (contact.isEmpty()) {
                unknown.add(email);
                failing.add(where.get(i));
            } else if (!contact.get().hasRole(ContactRole.SECURITY_CONTACT)) {
                withoutRole.add(email + " (" + contact.get().id() + ")");
                failing.add(where.get(i));
            } else {
                matched.add(email + " (" + contact.get().id() + ")");
            }
        }
        var evidence = Evidence.of()
                .with("securityContacts", matched)
                .with("unknownAddresses", unknown)
                .with("contactsWithoutRole", withoutRole)
                .map();
        if (unknown.isEmpty() && withoutRole.isEmpty()) {
            return List.of(Outcome.pass(
                    "the security addresses are governance.yml security contacts: " + String.join(", ", matched),
                    where,
                    evidence));
        }
        List<String> parts = new ArrayList<>();
        if (!unknown.isEmpty()) {
            parts.add(String.join(", ", unknown) + " is no contact's e-mail in governance.yml");
        }
        if (!withoutRole.isEmpty()) {
            parts.add(String.join(", ", withoutRole) + " lacks the securityContact role");
        }
        return List.of(Outcome.fail(String.join("; ", parts), failing, evidence));
    }
}
