package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.OwnersAliases;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.internal.rules.RepositoryView.Listed;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.Contact;
import eu.ospo.model.Organisation;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CO-OWNERS-DECLARED: everyone the ownership files name is a declared contact of a member organisation. */
final class CodeOwnersDeclared extends RuleDefinition {

    CodeOwnersDeclared() {
        super(
                "CO-OWNERS-DECLARED",
                Severity.WARNING,
                Anchors.CLOMONITOR_MAINTAINERS,
                "Every user and e-mail owner in CODEOWNERS, every active person of OWNERS (aliases expanded) and of"
                        + " MAINTAINERS is a governance.yml contact (matched by forgeHandles, else by e-mail) whose"
                        + " organisation is a member on the evaluation date. Teams and roles are listed, not matched.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        List<Outcome> outcomes = new ArrayList<>();
        RepositoryFiles repository = files.get();
        repository
                .codeOwners()
                .filter(f -> f.model().isPresent())
                .ifPresent(f -> outcomes.add(check(
                        facts,
                        f.path(),
                        RepositoryView.codeOwners(f),
                        RepositoryView.codeOwnerTeams(f.model().orElseThrow()))));
        Optional<OwnersAliases> aliases = repository.ownersAliases().flatMap(RepositoryFile::model);
        repository.owners().stream()
                .filter(f -> f.model().isPresent())
                .forEach(f -> outcomes.add(check(facts, f.path(), RepositoryView.owners(f, aliases), List.of())));
        repository
                .maintainers()
                .filter(f -> f.model().isPresent())
                .ifPresent(f -> outcomes.add(check(
                        facts,
                        f.path(),
                        RepositoryView.maintainers(f, f.model().orElseThrow().people(), repository.forge()),
                        List.of())));
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable("the repository has no CODEOWNERS, OWNERS or MAINTAINERS file"));
        }
        return outcomes;
    }

    private static Outcome check(Facts facts, String path, List<Listed> people, List<String> teams) {
        List<String> declared = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> notMembers = new ArrayList<>();
        List<Location> failing = new ArrayList<>();
        for (Listed person : people) {
            Optional<Contact> contact = RepositoryView.contactOf(facts, person).map(Indexed::value);
            if (contact.isEmpty()) {
                unknown.add(person.label());
                failing.add(person.location());
                continue;
            }
            Optional<Organisation> organisation =
                    facts.organisation(contact.get().affiliation()).map(Indexed::value);
            if (organisation.filter(o -> o.isMemberOn(facts.date())).isEmpty()) {
                notMembers.add(person.label() + " (" + contact.get().id() + " of "
                        + contact.get().affiliation() + ")");
                failing.add(person.location());
            } else {
                declared.add(person.label() + " (" + contact.get().id() + ")");
            }
        }
        var evidence = Evidence.of()
                .with("file", path)
                .with("declared", declared)
                .with("undeclared", unknown)
                .with("notMembers", notMembers)
                .with("teams", teams)
                .map();
        if (unknown.isEmpty() && notMembers.isEmpty()) {
            return Outcome.pass(
                    people.isEmpty()
                            ? path + " names no individual to match"
                            : "the " + people.size() + " people " + path
                                    + " names are declared contacts of member organisations",
                    List.of(RepositoryView.at(path, 0, 0)),
                    evidence);
        }
        List<String> parts = new ArrayList<>();
        if (!unknown.isEmpty()) {
            parts.add(String.join(", ", unknown) + (unknown.size() == 1 ? " is" : " are")
                    + " not a governance.yml contact");
        }
        if (!notMembers.isEmpty()) {
            parts.add(String.join(", ", notMembers) + (notMembers.size() == 1 ? " is" : " are")
                    + " not of a member organisation on " + facts.date());
        }
        return Outcome.fail(path + ": " + String.join("; ", parts), failing, evidence);
    }
}
