package eu.ospo.cli.governance;

import eu.ospo.governance.check.CheckedFile;
import eu.ospo.governance.check.FileKind;
import eu.ospo.governance.check.RepositoryCheck;
import eu.ospo.governance.check.RepositoryResult;
import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.RepositoryReport;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code ospo governance check} reports from a {@link RepositoryResult}: the library's {@link
 * RepositoryReport} with the ruleset file's warnings added and publiccode.yml's own problems left out
 * (a publiccode.yml with errors is only mentioned by the {@value RepositoryCheck#PUBLICCODE_SKIPPED}
 * note; {@code ospo publiccode validate} reports its problems).
 */
final class GovernanceReport {

    private GovernanceReport() {}

    static RepositoryReport of(RepositoryCheck check, Optional<RulesetFile> ruleset, RepositoryResult result) {
        Set<String> publiccode = result.files().stream()
                .filter(file -> file.kind() == FileKind.PUBLICCODE)
                .map(CheckedFile::name)
                .collect(Collectors.toSet());
        RepositoryReport all = RepositoryReport.of(check, result);
        List<FileProblem> kept = all.input().problems().stream()
                .filter(problem ->
                        !publiccode.contains(problem.file()) || result.notes().contains(problem))
                .toList();
        ReportInput input =
                new ReportInput(all.input().toolVersion(), all.input().ruleDescriptions(), kept);
        if (ruleset.isPresent()) {
            input = input.withProblems(ruleset.get().file(), ruleset.get().warnings());
        }
        return new RepositoryReport(all.evaluation(), input);
    }
}
