package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.CodeOfConduct;
import eu.ospo.governance.files.Mention;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.DevelopmentStatus;
import java.util.List;
import java.util.Optional;

/** FILE-COC: a code of conduct, with someone to report to. */
final class FileCodeOfConduct extends RuleDefinition {

    FileCodeOfConduct() {
        super(
                "FILE-COC",
                Severity.WARNING,
                Anchors.BP_CODE_OF_CONDUCT,
                "The repository has a code of conduct (CODE_OF_CONDUCT, CODE-OF-CONDUCT or CODEOFCONDUCT where its"
                        + " forge looks) and, when requireContact is true, it gives an e-mail address to report to.",
                ParameterSpec.of(
                        "requireContact",
                        "true",
                        ParameterSpec.Kind.BOOLEAN,
                        "whether the code must give an e-mail address for reports"),
                Maturity.requiredFrom(DevelopmentStatus.BETA));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        Optional<RepositoryFile<CodeOfConduct>> file = files.get().codeOfConduct();
        if (file.isEmpty()) {
            return Maturity.missing(
                    facts,
                    parameters,
                    Outcome.fail(
                            "the repository has no code of conduct (looked in " + FilePresence.folders(files.get())
                                    + ")",
                            List.of(),
                            Evidence.of()
                                    .with("lookedIn", FilePresence.folderList(files.get()))
                                    .map()));
        }
        boolean requireContact =
                Boolean.parseBoolean(parameters.text("requireContact").trim());
        String path = file.get().path();
        Optional<CodeOfConduct> code = file.get().model();
        String known = code.flatMap(CodeOfConduct::code).map(Object::toString).orElse("");
        List<Mention> emails = code.map(c -> c.document().emails()).orElse(List.of());
        var evidence = Evidence.of()
                .with("file", path)
                .with("knownCode", known)
                .with("contacts", emails.stream().map(Mention::value).toList())
                .map();
        String what = known.isEmpty() ? "a code of conduct" : "a code of conduct based on the " + known;
        if (requireContact && emails.isEmpty()) {
            return List.of(Outcome.fail(
                    path + " is " + what + " but gives no e-mail address to report to",
                    List.of(RepositoryView.at(path, 0, 0)),
                    evidence));
        }
        Mention first = emails.isEmpty() ? null : emails.get(0);
        return List.of(Outcome.pass(
                path + " is " + what + (first == null ? "" : ", reports to " + first.value()),
                List.of(
                        first == null
                                ? RepositoryView.at(path, 0, 0)
                                : RepositoryView.at(path, first.line(), first.column())),
                evidence));
    }
}
