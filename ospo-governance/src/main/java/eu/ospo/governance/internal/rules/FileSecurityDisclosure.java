package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.Mention;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.files.SecurityPolicy;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Severity;
import java.util.List;
import java.util.Optional;

/** FILE-SECURITY-DISCLOSURE: the security policy describes a disclosure process with a time frame. */
final class FileSecurityDisclosure extends RuleDefinition {

    FileSecurityDisclosure() {
        super(
                "FILE-SECURITY-DISCLOSURE",
                Severity.WARNING,
                Anchors.SCORECARD_SECURITY_POLICY,
                "SECURITY.md mentions vulnerability handling or disclosure (the words vuln or disclos, counted"
                        + " without case) at least minHints times and states a time frame (such as 90 days).",
                ParameterSpec.of(
                        "minHints",
                        "2",
                        ParameterSpec.Kind.POSITIVE_WHOLE,
                        "how many mentions of vulnerabilities or disclosure are needed"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        Optional<RepositoryFile<SecurityPolicy>> file =
                files.get().securityPolicy().filter(f -> f.model().isPresent());
        if (file.isEmpty()) {
            return List.of(Outcome.notApplicable("there is no readable SECURITY.md (see FILE-SECURITY)"));
        }
        int minHints = parameters.integer("minHints");
        SecurityPolicy policy = file.get().model().orElseThrow();
        String path = file.get().path();
        var evidence = Evidence.of()
                .with("file", path)
                .with("disclosureHints", policy.disclosureHints())
                .with("minHints", minHints)
                .with(
                        "timeFrames",
                        policy.timeFrames().stream().map(Mention::value).toList())
                .map();
        boolean hints = policy.disclosureHints() >= minHints;
        boolean frame = !policy.timeFrames().isEmpty();
        if (hints && frame) {
            Mention first = policy.timeFrames().get(0);
            return List.of(Outcome.pass(
                    path + " describes disclosure (" + policy.disclosureHints() + " mentions) with a time frame ("
                            + first.value() + ")",
                    List.of(RepositoryView.at(path, first.line(), first.column())),
                    evidence));
        }
        String missing = !hints && !frame
                ? "mentions vulnerabilities or disclosure " + policy.disclosureHints() + " times (at least " + minHints
                        + " wanted) and states no time frame"
                : !hints
                        ? "mentions vulnerabilities or disclosure " + policy.disclosureHints() + " times (at least "
                                + minHints + " wanted)"
                        : "states no time frame for handling reports (such as 90 days)";
        return List.of(Outcome.fail(path + " " + missing, List.of(RepositoryView.at(path, 0, 0)), evidence));
    }
}
