package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.CodeOwners;
import eu.ospo.governance.files.CodeOwnersEntry;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CO-COVERAGE: CODEOWNERS gives every file of the repository an owner. */
final class CodeOwnersCoverage extends RuleDefinition {

    /** How many unowned paths the evidence lists. */
    private static final int LISTED = 20;

    CodeOwnersCoverage() {
        super(
                "CO-COVERAGE",
                Severity.WARNING,
                Anchors.GITHUB_CODEOWNERS,
                "CODEOWNERS gives every file of the repository at least one owner, as the forge decides ownership"
                        + " (last match wins); when the files were not listed, it has an owned catch-all entry (*, **"
                        + " or /).");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        Optional<RepositoryFile<CodeOwners>> file =
                files.get().codeOwners().filter(f -> f.model().isPresent());
        if (file.isEmpty()) {
            return List.of(Outcome.notApplicable("there is no CODEOWNERS file the forge reads"));
        }
        String path = file.get().path();
        CodeOwners codeOwners = file.get().model().orElseThrow();
        List<String> paths = files.get().tree().paths();
        if (paths.isEmpty()) {
            Optional<CodeOwnersEntry> catchAll = codeOwners.entries().stream()
                    .filter(e -> !e.owners().isEmpty() && !e.exclusion())
                    .filter(e -> List.of("*", "**", "/**", "/*", "**/*").contains(e.pattern()))
                    .findFirst();
            var evidence =
                    Evidence.of().with("file", path).with("pathsChecked", 0).map();
            return List.of(
                    catchAll.isPresent()
                            ? Outcome.pass(
                                    path + " has a catch-all entry `"
                                            + catchAll.get().pattern() + "`",
                                    List.of(RepositoryView.at(
                                            path, catchAll.get().line(), 1)),
                                    evidence)
                            : Outcome.fail(
                                    path + " has no catch-all entry and the repository's files were not listed",
                                    List.of(RepositoryView.at(path, 0, 0)),
                                    evidence));
        }
        List<String> unowned = new ArrayList<>();
        int count = 0;
        for (String candidate : paths) {
            if (!codeOwners.ownersOf(candidate).isOwned()) {
                count++;
                if (unowned.size() < LISTED) {
                    unowned.add(candidate);
                }
            }
        }
        var evidence = Evidence.of()
                .with("file", path)
                .with("pathsChecked", paths.size())
                .with("complete", files.get().tree().complete())
                .with("unownedPaths", count)
                .with("examples", unowned)
                .map();
        if (count == 0) {
            return List.of(Outcome.pass(
                    path + " gives every one of the " + paths.size() + " files an owner",
                    List.of(RepositoryView.at(path, 0, 0)),
                    evidence));
        }
        return List.of(Outcome.fail(
                count + " of " + paths.size() + " files have no owner in " + path + ", for example " + unowned.get(0),
                List.of(RepositoryView.at(path, 0, 0)),
                evidence));
    }
}
