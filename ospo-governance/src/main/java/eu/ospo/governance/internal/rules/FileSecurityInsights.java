package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.files.SecurityInsights;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** FILE-SECURITY-INSIGHTS: SECURITY-INSIGHTS.yml, when present, reads and is kept up to date. */
final class FileSecurityInsights extends RuleDefinition {

    FileSecurityInsights() {
        super(
                "FILE-SECURITY-INSIGHTS",
                Severity.WARNING,
                Anchors.CLOMONITOR_SECURITY_INSIGHTS,
                "If the repository has SECURITY-INSIGHTS.yml, it reads without errors, its expiration-date (if any)"
                        + " has not passed, and its last-reviewed date (else last-updated) is no more than months"
                        + " months before the evaluation date.",
                ParameterSpec.of(
                        "months", "12", ParameterSpec.Kind.POSITIVE_WHOLE, "how old a review may be, in months"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        Optional<RepositoryFile<SecurityInsights>> file = files.get().securityInsights();
        if (file.isEmpty()) {
            return List.of(Outcome.notApplicable("the repository has no SECURITY-INSIGHTS.yml"));
        }
        String path = file.get().path();
        int months = parameters.integer("months");
        List<Problem> errors = file.get().errors();
        if (file.get().model().isEmpty() || !errors.isEmpty()) {
            return List.of(Outcome.fail(
                    path + " has " + errors.size() + " error(s)",
                    errors.stream()
                            .map(p -> new eu.ospo.problem.Location(path, p.key(), p.line(), p.column()))
                            .toList(),
                    Evidence.of()
                            .with("file", path)
                            .with("errors", errors.size())
                            .map()));
        }
        SecurityInsights insights = file.get().model().orElseThrow();
        Optional<LocalDate> reviewed = insights.lastReviewed().or(insights::lastUpdated);
        var evidence = Evidence.of()
                .with("file", path)
                .with("schemaVersion", insights.schemaVersion().orElse(""))
                .with("lastReviewed", reviewed.map(LocalDate::toString).orElse(""))
                .with(
                        "expirationDate",
                        insights.expirationDate().map(LocalDate::toString).orElse(""))
                .with("months", months)
                .map();
        List<String> stale = new ArrayList<>();
        if (insights.expirationDate().filter(d -> d.isBefore(facts.date())).isPresent()) {
            stale.add("it expired on " + insights.expirationDate().get());
        }
        if (reviewed.isEmpty()) {
            stale.add("it has no last-reviewed or last-updated date");
        } else if (facts.date().isAfter(reviewed.get().plusMonths(months))) {
            stale.add("it was last reviewed on " + reviewed.get() + ", more than " + months + " months ago");
        }
        var locations = List.of(new eu.ospo.problem.Location(path, "header", 0, 0));
        if (!stale.isEmpty()) {
            return List.of(Outcome.fail(path + ": " + String.join("; ", stale), locations, evidence));
        }
        return List.of(Outcome.pass(path + " was reviewed on " + reviewed.get(), locations, evidence));
    }
}
