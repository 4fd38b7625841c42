package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.CodeOwners;
import eu.ospo.governance.files.Ownership;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** CO-SELF-OWNED: changes to the ownership and governance files themselves need an owner's review. */
final class CodeOwnersSelfOwned extends RuleDefinition {

    CodeOwnersSelfOwned() {
        super(
                "CO-SELF-OWNED",
                Severity.WARNING,
                Anchors.GITHUB_CODEOWNERS_LOCATION,
                "CODEOWNERS gives owners to itself, to governance.yml and, where present, to the GOVERNANCE"
                        + " document, so that nobody changes ownership or governance without an owner's review.");
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
        CodeOwners codeOwners = file.get().model().orElseThrow();
        List<String> governed = new ArrayList<>();
        governed.add(file.get().path());
        governed.add("governance.yml");
        files.get().governanceDocument().map(RepositoryFile::path).ifPresent(governed::add);
        Map<String, Object> owners = new LinkedHashMap<>();
        List<String> unowned = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        for (String path : governed) {
            Ownership ownership = codeOwners.ownersOf(path);
            owners.put(path, ownership.owners().stream().map(Object::toString).toList());
            if (!ownership.isOwned()) {
                unowned.add(path);
            }
            ownership.matches().stream()
                    .findFirst()
                    .ifPresentOrElse(
                            m -> locations.add(RepositoryView.at(
                                    file.get().path(), m.entry().line(), 1)),
                            () -> locations.add(RepositoryView.at(file.get().path(), 0, 0)));
        }
        var evidence =
                Evidence.of().with("owners", owners).with("unowned", unowned).map();
        if (unowned.isEmpty()) {
            return List.of(
                    Outcome.pass(file.get().path() + " owns " + String.join(", ", governed), locations, evidence));
        }
        return List.of(Outcome.fail(
                String.join(", ", unowned) + " has no owner in " + file.get().path(), locations, evidence));
    }
}
