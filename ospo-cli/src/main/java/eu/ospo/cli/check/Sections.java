package eu.ospo.cli.check;

import eu.ospo.governance.check.CheckedFile;
import eu.ospo.governance.check.FileKind;
import eu.ospo.governance.check.RepositoryResult;
import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Location;
import eu.ospo.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sections of the {@code ospo check} report, made from a {@link RepositoryResult}: one per file
 * checked. The governance section also lists the notes of the evaluation and every failing rule as a
 * problem whose code is the rule id, placed at its first location in governance.yml (locations in
 * other files are named in the message); a failing rule whose first location is in one of the
 * repository's own files (CODEOWNERS, MAINTAINERS, ...) is listed in that file's section instead.
 */
final class Sections {

    private Sections() {}

    /**
     * The sections; the publiccode section says whether its online checks ran.
     *
     * @param result the check's result
     * @param online whether the publiccode.yml was checked with {@code --network}
     * @return the sections
     */
    static List<Section> of(RepositoryResult result, boolean online) {
        List<Section> sections = new ArrayList<>();
        for (CheckedFile file : result.files()) {
            String path = result.directory().resolve(file.name()).toString();
            if (file.kind() == FileKind.GOVERNANCE) {
                sections.add(governance(file, path, result));
            } else if (file.kind() == FileKind.PUBLICCODE) {
                sections.add(new Section(file.name(), path, List.of(onlineNote(online)), file.problems()));
            } else {
                List<Problem> problems = new ArrayList<>(file.problems());
                repositoryFileFailures(result, file.name()).forEach(f -> problems.add(problem(f, file.name())));
                sections.add(new Section(file.name(), path, problems));
            }
        }
        return sections;
    }

    /**
     * The failing findings listed in a repository file's section (CODEOWNERS, MAINTAINERS, ...): those
     * whose first location is in that file.
     */
    private static List<Finding> repositoryFileFailures(RepositoryResult result, String file) {
        return result.failures().stream()
                .filter(f ->
                        !f.locations().isEmpty() && f.locations().get(0).file().equals(file))
                .toList();
    }

    /** Whether a failing finding is listed in a repository file's section rather than governance.yml's. */
    private static boolean inRepositoryFileSection(RepositoryResult result, Finding finding) {
        return result.files().stream()
                .filter(f -> f.kind() != FileKind.GOVERNANCE && f.kind() != FileKind.PUBLICCODE)
                .anyMatch(f -> !finding.locations().isEmpty()
                        && finding.locations().get(0).file().equals(f.name()));
    }

    private static Section governance(CheckedFile file, String path, RepositoryResult result) {
        List<Problem> problems = new ArrayList<>(file.problems());
        result.notes().stream().map(FileProblem::problem).forEach(problems::add);
        result.failures().stream()
                .filter(f -> !inRepositoryFileSection(result, f))
                .map(f -> problem(f, file.name()))
                .forEach(problems::add);
        return new Section(file.name(), path, List.of(rulesNote(result.evaluation())), problems);
    }

    /** {@code online:  checked}, or that the online checks did not run. */
    static String onlineNote(boolean online) {
        return online
                ? "online:  checked (URLs, code repository, remote logos and screenshots, videos)"
                : "online:  not run; add --network to check URLs, the code repository, remote files and videos";
    }

    /** {@code rules:   evaluated on DATE with ruleset NAME: 20 passed, 2 failed, ...}. */
    static String rulesNote(Optional<Evaluation> evaluation) {
        if (evaluation.isEmpty()) {
            return "rules:   not evaluated";
        }
        Map<Status, Long> counts = evaluation.get().countByStatus();
        return "rules:   evaluated on " + evaluation.get().date() + " with ruleset "
                + evaluation.get().rulesetName() + ": " + counts.get(Status.PASS) + " passed, "
                + counts.get(Status.FAIL) + " failed, " + counts.get(Status.EXEMPTED) + " exempted, "
                + counts.get(Status.NOT_APPLICABLE) + " not applicable";
    }

    /** A failing finding as a problem in governance.yml. */
    static Problem problem(Finding finding, String governanceFile) {
        Optional<Location> primary = finding.locations().stream()
                .filter(l -> l.file().equals(governanceFile))
                .findFirst();
        String elsewhere = finding.locations().stream()
                .filter(l -> !l.file().equals(governanceFile))
                .map(Sections::where)
                .collect(Collectors.joining(", "));
        String message = elsewhere.isEmpty() ? finding.message() : finding.message() + " (" + elsewhere + ")";
        return new Problem(
                finding.ruleId(),
                finding.severity(),
                primary.map(Location::key).orElse(""),
                primary.map(Location::line).orElse(0),
                primary.map(Location::column).orElse(0),
                message,
                Map.of());
    }

    /** {@code publiccode.yml:83:3 maintenance.type}. */
    private static String where(Location location) {
        String position = location.line() > 0 ? ":" + location.line() + ":" + location.column() : "";
        return location.file() + position + (location.key().isEmpty() ? "" : " " + location.key());
    }
}
