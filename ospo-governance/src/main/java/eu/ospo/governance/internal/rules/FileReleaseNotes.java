package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.DevelopmentStatus;
import java.util.List;
import java.util.Optional;

/** FILE-RELEASE-NOTES: changes are recorded for users. */
final class FileReleaseNotes extends RuleDefinition {

    FileReleaseNotes() {
        super(
                "FILE-RELEASE-NOTES",
                Severity.INFO,
                Anchors.CLOMONITOR_CHANGELOG,
                "The repository has release notes: a CHANGELOG, CHANGES, RELEASE_NOTES, RELEASES, HISTORY or NEWS"
                        + " file in its root or docs/ (any case and usual extension).",
                Maturity.requiredFrom(DevelopmentStatus.BETA));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        Optional<String> path = files.get().releaseNotes();
        if (path.isEmpty()) {
            return Maturity.missing(
                    facts,
                    parameters,
                    Outcome.fail(
                            "the repository has no CHANGELOG or release notes",
                            List.of(),
                            Evidence.of().with("file", "").map()));
        }
        return List.of(Outcome.pass(
                path.get() + " records the changes",
                List.of(RepositoryView.at(path.get(), 0, 0)),
                Evidence.of().with("file", path.get()).map()));
    }
}
