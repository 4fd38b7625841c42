package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.ContactRole;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.DevelopmentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** FILE-MAINTAINERS: the repository says who maintains it. */
final class FileMaintainers extends RuleDefinition {

    FileMaintainers() {
        super(
                "FILE-MAINTAINERS",
                Severity.ERROR,
                Anchors.CLOMONITOR_MAINTAINERS,
                "The repository lists its maintainers: a MAINTAINERS file, an OWNERS file or CODEOWNERS, or"
                        + " governance.yml has a contact with the maintainer role.",
                Maturity.requiredFrom(DevelopmentStatus.DEVELOPMENT));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        List<String> found = new ArrayList<>();
        files.get().maintainers().map(RepositoryFile::path).ifPresent(found::add);
        files.get().owners().stream().map(RepositoryFile::path).limit(1).forEach(found::add);
        files.get()
                .codeOwners()
                .filter(f -> f.model().isPresent())
                .map(RepositoryFile::path)
                .ifPresent(found::add);
        List<String> contacts = facts.contacts().stream()
                .filter(c -> c.value().hasRole(ContactRole.MAINTAINER))
                .map(c -> c.value().id())
                .toList();
        var evidence = Evidence.of()
                .with("files", found)
                .with("maintainerContacts", contacts)
                .map();
        if (!found.isEmpty()) {
            List<Location> locations =
                    found.stream().map(p -> RepositoryView.at(p, 0, 0)).toList();
            return List.of(
                    Outcome.pass("the maintainers are listed in " + String.join(", ", found), locations, evidence));
        }
        if (!contacts.isEmpty()) {
            return List.of(Outcome.pass(
                    "governance.yml names " + contacts.size() + " maintainer contact(s); the repository has no"
                            + " MAINTAINERS, OWNERS or CODEOWNERS file",
                    List.of(facts.governanceAt("contacts")),
                    evidence));
        }
        return Maturity.missing(
                facts,
                parameters,
                Outcome.fail(
                        "nobody is listed as maintainer: no MAINTAINERS, OWNERS or CODEOWNERS file, and no governance.yml"
                                + " contact with the maintainer role",
                        List.of(),
                        evidence));
    }
}
