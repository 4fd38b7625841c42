package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.Mention;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.files.SecurityPolicy;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.DevelopmentStatus;
import java.util.List;
import java.util.Optional;

/** FILE-SECURITY: a security policy with a contact. */
final class FileSecurity extends RuleDefinition {

    FileSecurity() {
        super(
                "FILE-SECURITY",
                Severity.ERROR,
                Anchors.SCORECARD_SECURITY_POLICY,
                "The repository has a SECURITY file (root, docs/ or .github/; any case and usual extension) that"
                        + " gives a contact: an e-mail address or an http(s) URL.",
                Maturity.requiredFrom(DevelopmentStatus.BETA));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        Optional<RepositoryFile<SecurityPolicy>> file = files.get().securityPolicy();
        if (file.isEmpty()) {
            return Maturity.missing(
                    facts,
                    parameters,
                    Outcome.fail(
                            "the repository has no SECURITY.md (looked in " + FilePresence.folders(files.get()) + ")",
                            List.of(),
                            Evidence.of()
                                    .with("lookedIn", FilePresence.folderList(files.get()))
                                    .map()));
        }
        String path = file.get().path();
        List<Mention> contacts =
                file.get().model().map(SecurityPolicy::contacts).orElse(List.of());
        var evidence = Evidence.of()
                .with("file", path)
                .with("contacts", contacts.stream().map(Mention::value).toList())
                .map();
        if (contacts.isEmpty()) {
            return List.of(Outcome.fail(
                    path + " gives no contact (an e-mail address or an http(s) URL) for reporting vulnerabilities",
                    List.of(RepositoryView.at(path, 0, 0)),
                    evidence));
        }
        Mention first = contacts.get(0);
        return List.of(Outcome.pass(
                path + " gives a contact for vulnerability reports: " + first.value(),
                List.of(RepositoryView.at(path, first.line(), first.column())),
                evidence));
    }
}
