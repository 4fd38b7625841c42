package eu.ospo.cli.check;

import eu.ospo.cli.governance.GovernanceInputException;
import eu.ospo.cli.governance.GovernanceRun;
import eu.ospo.cli.governance.GovernanceRunner;
import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Location;
import eu.ospo.problem.Problem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Evaluates the governance rules when the directory has a governance.yml. The section lists the
 * problems of governance.yml and every failing rule as a problem whose code is the rule id, placed
 * at its first location in governance.yml (locations in other files are named in the message).
 */
final class GovernanceCheck implements Check {

    private final LocalDate date;

    GovernanceCheck(LocalDate date) {
        this.date = date;
    }

    @Override
    public boolean appliesTo(Path directory) {
        return GovernanceRunner.hasGovernanceFile(directory);
    }

    @Override
    public Section run(Path directory) throws CheckInputException {
        GovernanceRun run;
        try {
            run = new GovernanceRunner(date, Optional.empty()).run(directory);
        } catch (GovernanceInputException e) {
            throw new CheckInputException(e.getMessage());
        }
        List<Problem> problems = new ArrayList<>();
        run.input().problems().stream().map(FileProblem::problem).forEach(problems::add);
        run.evaluation().findings().stream()
                .filter(f -> f.status() == Status.FAIL)
                .map(GovernanceCheck::problem)
                .forEach(problems::add);
        return new Section(
                GovernanceRunner.GOVERNANCE_FILE,
                directory.resolve(GovernanceRunner.GOVERNANCE_FILE).toString(),
                List.of(rulesNote(run.evaluation())),
                problems);
    }

    /** {@code rules:   evaluated on DATE with ruleset NAME: 20 passed, 2 failed, ...}. */
    static String rulesNote(Evaluation evaluation) {
        if (evaluation.findings().isEmpty()) {
            return "rules:   not evaluated";
        }
        Map<Status, Long> counts = evaluation.countByStatus();
        return "rules:   evaluated on " + evaluation.date() + " with ruleset " + evaluation.rulesetName() + ": "
                + counts.get(Status.PASS) + " passed, " + counts.get(Status.FAIL) + " failed, "
                + counts.get(Status.EXEMPTED) + " exempted, " + counts.get(Status.NOT_APPLICABLE)
                + " not applicable";
    }

    /** A failing finding as a problem in governance.yml. */
    static Problem problem(Finding finding) {
        Optional<Location> primary = finding.locations().stream()
                .filter(l -> l.file().equals(GovernanceRunner.GOVERNANCE_FILE))
                .findFirst();
        String elsewhere = finding.locations().stream()
                .filter(l -> !l.file().equals(GovernanceRunner.GOVERNANCE_FILE))
                .map(GovernanceCheck::where)
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
