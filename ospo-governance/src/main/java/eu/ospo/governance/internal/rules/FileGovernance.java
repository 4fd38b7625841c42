package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.CommunityDocument;
import eu.ospo.governance.files.Heading;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.DevelopmentStatus;
import java.util.List;
import java.util.Optional;

/** FILE-GOVERNANCE: the governance is written down for people, not only in governance.yml. */
final class FileGovernance extends RuleDefinition {

    FileGovernance() {
        super(
                "FILE-GOVERNANCE",
                Severity.ERROR,
                Anchors.BP_GOVERNANCE,
                "The repository has a GOVERNANCE document (root, docs/ or .github/; any case and usual extension),"
                        + " or governance.yml's community.charter names where the governance is written down.",
                Maturity.requiredFrom(DevelopmentStatus.BETA));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        Optional<RepositoryFile<CommunityDocument>> file = files.get().governanceDocument();
        if (file.isPresent()) {
            List<String> headings = file.get().model().map(CommunityDocument::headings).orElse(List.of()).stream()
                    .map(Heading::text)
                    .toList();
            return List.of(Outcome.pass(
                    file.get().path() + " describes the governance",
                    List.of(RepositoryView.at(file.get().path(), 0, 0)),
                    Evidence.of()
                            .with("file", file.get().path())
                            .with("headings", headings)
                            .map()));
        }
        Optional<String> charter = facts.governance().community().charter();
        if (charter.isPresent()) {
            return List.of(Outcome.pass(
                    "governance.yml's community.charter names the governance: " + charter.get(),
                    List.of(facts.governanceAt("community.charter")),
                    Evidence.of().with("charter", charter.get()).map()));
        }
        return Maturity.missing(
                facts,
                parameters,
                Outcome.fail(
                        "the repository has no GOVERNANCE document and governance.yml names no community.charter",
                        List.of(facts.governanceAt("community")),
                        Evidence.of()
                                .with("lookedIn", FilePresence.folderList(files.get()))
                                .map()));
    }
}
