package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Severity;
import java.util.List;
import java.util.Optional;

/** FILE-PUBLICCODE: publiccode.yml is there and valid. */
final class FilePubliccode extends RuleDefinition {

    FilePubliccode() {
        super(
                "FILE-PUBLICCODE",
                // a warning by default: `ospo governance check` leaves an invalid publiccode.yml out
                // without failing; a ruleset for public-sector software raises it to error
                Severity.WARNING,
                Anchors.PC_STANDARD,
                "The repository has a publiccode.yml (or publiccode.yaml) in its root, and it validates without"
                        + " errors.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        Optional<String> path = files.get().publiccode();
        if (path.isEmpty()) {
            return List.of(Outcome.fail(
                    "the repository has no publiccode.yml in its root",
                    List.of(),
                    Evidence.of().with("file", "").map()));
        }
        var evidence = Evidence.of()
                .with("file", path.get())
                .with("valid", facts.publicCode().isPresent())
                .map();
        if (facts.publicCode().isEmpty()) {
            return List.of(Outcome.fail(
                    path.get() + " has errors (see ospo publiccode validate)",
                    List.of(RepositoryView.at(path.get(), 0, 0)),
                    evidence));
        }
        return List.of(Outcome.pass(path.get() + " is valid", List.of(RepositoryView.at(path.get(), 0, 0)), evidence));
    }
}
