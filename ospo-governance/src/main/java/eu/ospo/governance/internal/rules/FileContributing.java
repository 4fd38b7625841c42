package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.CommunityDocument;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.DevelopmentStatus;
import java.util.List;
import java.util.Optional;

/** FILE-CONTRIBUTING: the repository says how to contribute. */
final class FileContributing extends RuleDefinition {

    FileContributing() {
        super(
                "FILE-CONTRIBUTING",
                Severity.ERROR,
                Anchors.CLOMONITOR_CONTRIBUTING,
                "The repository has a CONTRIBUTING file (any case and usual extension) where its forge looks: the"
                        + " root, docs/ or .github/ (GitLab: .gitlab/).",
                Maturity.requiredFrom(DevelopmentStatus.DEVELOPMENT));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        Optional<RepositoryFile<CommunityDocument>> file = files.get().contributing();
        if (file.isEmpty()) {
            return Maturity.missing(
                    facts,
                    parameters,
                    Outcome.fail(
                            "the repository has no CONTRIBUTING file (looked in " + FilePresence.folders(files.get())
                                    + ")",
                            List.of(),
                            Evidence.of()
                                    .with("lookedIn", FilePresence.folderList(files.get()))
                                    .map()));
        }
        return List.of(FilePresence.found(file.get(), "contribution guidelines"));
    }
}
