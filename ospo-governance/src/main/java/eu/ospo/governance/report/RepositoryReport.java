package eu.ospo.governance.report;

import eu.ospo.Ospo;
import eu.ospo.governance.check.RepositoryCheck;
import eu.ospo.governance.check.RepositoryResult;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.problem.Location;
import eu.ospo.problem.Problem;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report of one or more checked repository folders, as {@code ospo check} writes it: every file's
 * problems (publiccode.yml, governance.yml, the repository's own files) and the notes, and the rules'
 * findings, in one {@link Evaluation} and one {@link ReportInput} that every {@link ReportFormat}
 * writes.
 *
 * <pre>{@code
 * RepositoryCheck check = RepositoryCheck.builder().date(date).build();
 * RepositoryReport.of(check, check.check(repository)).write(ReportFormat.SARIF, out);
 * }</pre>
 *
 * <p>With one folder, files are named relative to it ({@code governance.yml}), as SARIF and GitHub
 * want them when the folder is the repository. With several, each file is named by its folder as
 * given, then the name ({@code services/a/governance.yml}); a finding without location is placed on
 * its folder's governance.yml. Immutable.
 *
 * @param evaluation the findings of every folder (none for a folder where the rules did not run)
 * @param input the tool version, the rules' descriptions and every problem
 */
public record RepositoryReport(Evaluation evaluation, ReportInput input) {

    /** Checks for nulls. */
    public RepositoryReport {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(input, "input");
    }

    /**
     * The report of one checked folder.
     *
     * @param check the check that produced the result
     * @param result the result
     * @return the report
     */
    public static RepositoryReport of(RepositoryCheck check, RepositoryResult result) {
        return of(check, List.of(result));
    }

    /**
     * The report of several folders checked with the same check.
     *
     * @param check the check that produced the results
     * @param results the results, in the order to report them
     * @return the report
     */
    public static RepositoryReport of(RepositoryCheck check, List<RepositoryResult> results) {
        ReportInput input =
                ReportInput.of(Ospo.version()).withRules(check.rules().rules());
        List<Finding> findings = new ArrayList<>();
        boolean several = results.size() > 1;
        for (RepositoryResult result : results) {
            String prefix = several ? prefix(result.directory()) : "";
            List<FileProblem> problems = new ArrayList<>();
            for (FileProblem problem : result.problems()) {
                problems.add(new FileProblem(prefix + problem.file(), problem.problem()));
            }
            input = input.withFileProblems(problems);
            result.evaluation().ifPresent(e -> e.findings().forEach(f -> findings.add(relocated(f, prefix))));
        }
        Evaluation evaluation =
                new Evaluation(check.date(), check.rules().ruleset().name(), findings);
        return new RepositoryReport(evaluation, input);
    }

    /**
     * A copy that also carries the problems of one more file (for example the warnings of the
     * ruleset file).
     *
     * @param file the file name as the user knows it
     * @param problems its problems
     * @return the copy
     */
    public RepositoryReport withProblems(String file, List<Problem> problems) {
        return new RepositoryReport(evaluation, input.withProblems(file, problems));
    }

    /**
     * A copy with only what fails the check: the problems of error severity and the failing findings
     * of error severity (what {@code --quiet} prints).
     *
     * @return the copy; {@link #passed()} is unchanged
     */
    public RepositoryReport failuresOnly() {
        List<FileProblem> errors =
                input.problems().stream().filter(p -> p.problem().isError()).toList();
        List<Finding> blocking =
                evaluation.findings().stream().filter(Finding::isBlocking).toList();
        return new RepositoryReport(
                new Evaluation(evaluation.date(), evaluation.rulesetName(), blocking),
                new ReportInput(input.toolVersion(), input.ruleDescriptions(), errors));
    }

    /**
     * Whether the check passed: no error among the problems and no failing rule of error severity.
     *
     * @return true when passed
     */
    public boolean passed() {
        return Reports.passed(evaluation, input);
    }

    /**
     * Writes the report ({@link ReportFormat#HTML} without the community's charts: for those, see
     * {@link HtmlDashboard#write(RepositoryCheck, RepositoryResult, Writer)}).
     *
     * @param format the format
     * @param out where to write (flushed, not closed)
     * @throws IOException if writing fails
     */
    public void write(ReportFormat format, Writer out) throws IOException {
        Reports.write(format, evaluation, input, out);
    }

    /** {@code services/a/} for the folder {@code services/a}; nothing for the current folder. */
    private static String prefix(Path directory) {
        String name = directory.normalize().toString().replace('\\', '/');
        if (name.isEmpty() || name.equals(".")) {
            return "";
        }
        return name.endsWith("/") ? name : name + "/";
    }

    private static Finding relocated(Finding finding, String prefix) {
        if (prefix.isEmpty()) {
            return finding;
        }
        List<Location> locations = new ArrayList<>();
        for (Location location : finding.locations()) {
            locations.add(new Location(prefix + location.file(), location.key(), location.line(), location.column()));
        }
        if (locations.isEmpty()) {
            locations.add(Location.of(prefix + "governance.yml", ""));
        }
        return new Finding(
                finding.ruleId(),
                finding.severity(),
                finding.status(),
                finding.message(),
                locations,
                finding.evidence(),
                finding.anchor());
    }
}
