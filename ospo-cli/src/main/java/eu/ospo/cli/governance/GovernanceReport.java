package eu.ospo.cli.governance;

import eu.ospo.Ospo;
import eu.ospo.governance.check.CheckedFile;
import eu.ospo.governance.check.FileKind;
import eu.ospo.governance.check.RepositoryCheck;
import eu.ospo.governance.check.RepositoryResult;
import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.Reports;
import eu.ospo.governance.rules.Evaluation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code ospo governance check} reports from a {@link RepositoryResult}: the evaluation (no
 * findings when governance.yml could not be read into a model) and the report input: the ruleset
 * file's warnings, the problems of every file except publiccode.yml (a publiccode.yml with errors
 * is only mentioned by the {@value RepositoryCheck#PUBLICCODE_SKIPPED} note; {@code ospo
 * publiccode validate} reports its problems), and the notes.
 *
 * @param evaluation the evaluation
 * @param input the report input
 */
record GovernanceReport(Evaluation evaluation, ReportInput input) {

    GovernanceReport {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(input, "input");
    }

    static GovernanceReport of(RepositoryCheck check, Optional<RulesetFile> ruleset, RepositoryResult result) {
        ReportInput input =
                ReportInput.of(Ospo.version()).withRules(check.rules().rules());
        if (ruleset.isPresent()) {
            input = input.withProblems(ruleset.get().file(), ruleset.get().warnings());
        }
        for (CheckedFile file : result.files()) {
            if (file.kind() != FileKind.PUBLICCODE) {
                input = input.withProblems(file.name(), file.problems());
            }
        }
        for (FileProblem note : result.notes()) {
            input = input.withProblems(note.file(), List.of(note.problem()));
        }
        Evaluation evaluation = result.evaluation()
                .orElseGet(() ->
                        new Evaluation(check.date(), check.rules().ruleset().name(), List.of()));
        return new GovernanceReport(evaluation, input);
    }

    /** No error-severity failure and no error among the reported input problems. */
    boolean passed() {
        return Reports.passed(evaluation, input);
    }
}
