package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Location;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CO-SYNTAX: the ownership files are valid for their forge. */
final class CodeOwnersSyntax extends RuleDefinition {

    CodeOwnersSyntax() {
        super(
                "CO-SYNTAX",
                Severity.ERROR,
                Anchors.GITHUB_CODEOWNERS_SYNTAX,
                "CODEOWNERS (where present) is valid for its forge: in a location the forge reads, under 3 MB, no"
                        + " syntax the forge ignores or rejects, no duplicate patterns, well-formed owners; OWNERS and"
                        + " OWNERS_ALIASES files read without errors or warnings.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        List<RepositoryFile<?>> checked = new ArrayList<>();
        files.get().codeOwners().ifPresent(checked::add);
        files.get().ownersAliases().ifPresent(checked::add);
        checked.addAll(files.get().owners());
        if (checked.isEmpty()) {
            return List.of(Outcome.notApplicable("the repository has no CODEOWNERS, OWNERS or OWNERS_ALIASES file"));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (RepositoryFile<?> file : checked) {
            List<Problem> problems = file.problems().stream()
                    .filter(p -> p.severity() != Severity.INFO)
                    .toList();
            var evidence = Evidence.of()
                    .with("file", file.path())
                    .with("errors", file.errors().size())
                    .with("warnings", file.warnings().size())
                    .with(
                            "codes",
                            problems.stream().map(Problem::code).distinct().toList())
                    .map();
            if (problems.isEmpty()) {
                outcomes.add(Outcome.pass(
                        file.path() + " is valid", List.of(RepositoryView.at(file.path(), 0, 0)), evidence));
            } else {
                List<Location> locations = problems.stream()
                        .map(p -> new Location(file.path(), p.key(), p.line(), p.column()))
                        .toList();
                outcomes.add(Outcome.fail(
                        file.path() + " has " + problems.size() + " problem(s), the first: "
                                + problems.get(0).message(),
                        locations,
                        evidence));
            }
        }
        return outcomes;
    }
}
