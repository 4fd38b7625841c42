package eu.ospo.governance.check;

import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.model.Governance;
import eu.ospo.problem.Severity;
import eu.ospo.problem.Verdict;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.model.PublicCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link RepositoryCheck} found in one repository directory. Immutable.
 *
 * @param directory the directory checked, as given to {@link RepositoryCheck#check(Path)}
 * @param files every file read, in the order of {@link FileKind}; a kind whose file is absent from
 *     the directory has no entry
 * @param publiccodeResult the parse result of publiccode.yml, when the directory has one
 * @param governanceResult the parse result of governance.yml, when the directory has one
 * @param evaluation the governance rules' evaluation, present exactly when the rules ran (the
 *     directory has a governance.yml that could be read into a model, perhaps with semantic problems:
 *     see {@link GovernanceResult#governanceAsRead()})
 * @param notes problems about how the check ran rather than about one file's content, each filed
 *     under the file it concerns: for example {@value RepositoryCheck#PUBLICCODE_SKIPPED} when the
 *     rules ran without a publiccode.yml that has errors
 * @param repositoryFiles the repository's own governance files (CODEOWNERS, MAINTAINERS, SECURITY.md,
 *     ...), when the check read them; their problems are also in {@link #files()}
 */
public record RepositoryResult(
        Path directory,
        List<CheckedFile> files,
        Optional<PubliccodeResult> publiccodeResult,
        Optional<GovernanceResult> governanceResult,
        Optional<Evaluation> evaluation,
        List<FileProblem> notes,
        Optional<RepositoryFiles> repositoryFiles) {

    /** Checks for nulls and copies the lists. */
    public RepositoryResult {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(publiccodeResult, "publiccodeResult");
        Objects.requireNonNull(governanceResult, "governanceResult");
        Objects.requireNonNull(evaluation, "evaluation");
        files = List.copyOf(files);
        notes = List.copyOf(notes);
        Objects.requireNonNull(repositoryFiles, "repositoryFiles");
    }

    /**
     * A result without the repository's own governance files.
     *
     * @param directory the directory checked
     * @param files every file read
     * @param publiccodeResult the parse result of publiccode.yml
     * @param governanceResult the parse result of governance.yml
     * @param evaluation the evaluation, when the rules ran
     * @param notes problems about how the check ran
     */
    public RepositoryResult(
            Path directory,
            List<CheckedFile> files,
            Optional<PubliccodeResult> publiccodeResult,
            Optional<GovernanceResult> governanceResult,
            Optional<Evaluation> evaluation,
            List<FileProblem> notes) {
        this(directory, files, publiccodeResult, governanceResult, evaluation, notes, Optional.empty());
    }

    /**
     * The file of a kind, when the directory has one.
     *
     * @param kind the kind
     * @return the file and its problems
     */
    public Optional<CheckedFile> file(FileKind kind) {
        return files.stream().filter(f -> f.kind() == kind).findFirst();
    }

    /**
     * The publiccode.yml model: present when the directory has a publiccode.yml without errors.
     *
     * @return the model
     */
    public Optional<PublicCode> publicCode() {
        return publiccodeResult.flatMap(PubliccodeResult::publicCode);
    }

    /**
     * The valid governance.yml model: present when the directory has a governance.yml without errors
     * (see {@link GovernanceResult#governance()}).
     *
     * @return the model
     */
    public Optional<Governance> governance() {
        return governanceResult.flatMap(GovernanceResult::governance);
    }

    /**
     * The governance.yml model the rules were evaluated on: present when the directory has a
     * governance.yml that could be read into the model's structure, even with semantic problems (see
     * {@link GovernanceResult#governanceAsRead()}).
     *
     * @return the model as read
     */
    public Optional<Governance> governanceAsRead() {
        return governanceResult.flatMap(GovernanceResult::governanceAsRead);
    }

    /**
     * Every problem of every file, and the notes, sorted by file name, then line, then column
     * (problems at the same place keep the order found).
     *
     * @return the problems with their files
     */
    public List<FileProblem> problems() {
        List<FileProblem> all = new ArrayList<>();
        for (CheckedFile file : files) {
            file.problems().forEach(problem -> all.add(new FileProblem(file.name(), problem)));
        }
        all.addAll(notes);
        all.sort(Comparator.comparing(FileProblem::file).thenComparing(FileProblem::problem, CheckedFile.BY_POSITION));
        return List.copyOf(all);
    }

    /**
     * The findings of the rules that failed (not those exempted).
     *
     * @return the failing findings, in evaluation order; empty when the rules did not run
     */
    public List<Finding> failures() {
        return evaluation
                .map(e -> e.findings().stream()
                        .filter(f -> f.status() == Status.FAIL)
                        .toList())
                .orElse(List.of());
    }

    /**
     * The verdict over the whole repository: {@link Verdict#INVALID} when any file problem or note
     * is an error or a rule of error severity failed; {@link Verdict#VALID_WITH_WARNINGS} when any
     * is a warning or a rule of warning severity failed; else {@link Verdict#VALID}. Failures of
     * information severity do not count.
     *
     * @return the verdict
     */
    public Verdict verdict() {
        Verdict verdict =
                Verdict.of(problems().stream().map(FileProblem::problem).toList());
        for (Finding failure : failures()) {
            if (failure.severity() == Severity.ERROR) {
                return Verdict.INVALID;
            }
            if (failure.severity() == Severity.WARNING && verdict == Verdict.VALID) {
                verdict = Verdict.VALID_WITH_WARNINGS;
            }
        }
        return verdict;
    }

    /**
     * Whether the repository has no error (warnings allowed).
     *
     * @return true unless the verdict is {@link Verdict#INVALID}
     */
    public boolean isValid() {
        return verdict().isValid();
    }
}
