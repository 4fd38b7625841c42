package eu.ospo.cli.governance;

import eu.ospo.Ospo;
import eu.ospo.cli.InputErrors;
import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.governance.rules.Ruleset;
import eu.ospo.governance.rules.RulesetResult;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.SourceMap;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.model.PublicCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the governance check on a repository directory: reads {@code DIR/governance.yml} (required),
 * {@code DIR/publiccode.yml} or {@code .yaml} (when present) and the ruleset, evaluates the rules on
 * a date, and returns the evaluation with what the report needs. Shared by {@code ospo governance
 * check} and {@code ospo check}.
 */
public final class GovernanceRunner {

    /** The governance file's name in a repository directory. */
    public static final String GOVERNANCE_FILE = "governance.yml";

    /** The publiccode file names, in order of preference. */
    static final List<String> PUBLICCODE_FILES = List.of("publiccode.yml", "publiccode.yaml");

    /** The code of the note that publiccode.yml was left out because it has errors. */
    public static final String PUBLICCODE_SKIPPED = "publiccode.skipped";

    private final LocalDate date;
    private final Optional<Path> rulesetFile;

    /**
     * A runner.
     *
     * @param date the evaluation date
     * @param rulesetFile the ruleset file, or empty for the default ruleset
     */
    public GovernanceRunner(LocalDate date, Optional<Path> rulesetFile) {
        this.date = date;
        this.rulesetFile = rulesetFile;
    }

    /**
     * Whether a directory has a governance file.
     *
     * @param directory the repository directory
     * @return true when {@code DIR/governance.yml} is a regular file
     */
    public static boolean hasGovernanceFile(Path directory) {
        return Files.isRegularFile(directory.resolve(GOVERNANCE_FILE));
    }

    /**
     * Runs the check.
     *
     * @param directory the repository directory
     * @return the evaluation and the report input
     * @throws GovernanceInputException if governance.yml is missing or unreadable, or the ruleset
     *     is unreadable or has problems
     */
    public GovernanceRun run(Path directory) throws GovernanceInputException {
        Rules rules = rules();
        Path governanceFile = directory.resolve(GOVERNANCE_FILE);
        if (!Files.isRegularFile(governanceFile)) {
            throw new GovernanceInputException(
                    governanceFile + (Files.exists(governanceFile) ? ": not a regular file" : ": no such file"));
        }
        GovernanceResult governance;
        try {
            governance = GovernanceParser.builder().build().parse(governanceFile);
        } catch (IOException e) {
            throw new GovernanceInputException(governanceFile + ": " + InputErrors.reason(e));
        }
        ReportInput input = ReportInput.of(Ospo.version())
                .withRules(rules.engine().rules())
                .withProblems(rules.file(), rules.warnings())
                .withProblems(GOVERNANCE_FILE, governance.problems());
        PubliccodeInput publiccode = publiccode(directory);
        input = input.withProblems(publiccode.name(), publiccode.notes());
        if (governance.governance().isEmpty()) {
            return new GovernanceRun(
                    new Evaluation(date, rules.engine().ruleset().name(), List.of()), input);
        }
        RuleContext context = new RuleContext(
                governance.governance().orElseThrow(),
                publiccode.model(),
                date,
                governance.sourceMap().named(GOVERNANCE_FILE),
                publiccode.sourceMap());
        return new GovernanceRun(rules.engine().evaluate(context), input);
    }

    /**
     * The rules: the default ruleset, or the ruleset file's. A ruleset with an error is an input
     * error; its warnings are reported with the other input problems.
     */
    private Rules rules() throws GovernanceInputException {
        if (rulesetFile.isEmpty()) {
            return new Rules(GovernanceRules.defaults(), "", List.of());
        }
        Path file = rulesetFile.orElseThrow();
        if (Files.isDirectory(file)) {
            throw new GovernanceInputException("--ruleset " + file + ": it is a directory");
        }
        RulesetResult parsed;
        try {
            parsed = Ruleset.parse(file);
        } catch (IOException e) {
            throw new GovernanceInputException("--ruleset " + file + ": " + InputErrors.reason(e));
        }
        if (parsed.ruleset().isEmpty() || !parsed.isValid()) {
            StringBuilder message = new StringBuilder("--ruleset " + file + ": the ruleset has errors");
            for (Problem problem : parsed.problems()) {
                message.append(System.lineSeparator()).append(problem.format(file.toString()));
            }
            throw new GovernanceInputException(message.toString());
        }
        return new Rules(
                GovernanceRules.builder()
                        .ruleset(parsed.ruleset().orElseThrow())
                        .build(),
                file.toString(),
                parsed.problems());
    }

    /**
     * The rules to evaluate and the warnings of the ruleset file they come from.
     *
     * @param engine the rules
     * @param file the ruleset file as given, or empty for the default ruleset
     * @param warnings the ruleset file's warnings
     */
    private record Rules(GovernanceRules engine, String file, List<Problem> warnings) {}

    /**
     * The project's publiccode.yml as the rules see it.
     *
     * @param name the file name used in locations
     * @param model the model, when the file exists and has no error
     * @param sourceMap its positions
     * @param notes what to tell the user (the file was left out because it has errors)
     */
    private record PubliccodeInput(String name, Optional<PublicCode> model, SourceMap sourceMap, List<Problem> notes) {}

    private static PubliccodeInput publiccode(Path directory) throws GovernanceInputException {
        Optional<Path> found = PUBLICCODE_FILES.stream()
                .map(directory::resolve)
                .filter(Files::isRegularFile)
                .findFirst();
        if (found.isEmpty()) {
            return new PubliccodeInput(PUBLICCODE_FILES.get(0), Optional.empty(), SourceMap.empty(), List.of());
        }
        Path file = found.orElseThrow();
        String name = file.getFileName().toString();
        PubliccodeResult result;
        try {
            result = PubliccodeParser.builder().build().parse(file);
        } catch (IOException e) {
            throw new GovernanceInputException(file + ": " + InputErrors.reason(e));
        }
        List<Problem> notes = List.of();
        if (!result.isValid()) {
            int errors = result.errors().size();
            notes = List.of(new Problem(
                    PUBLICCODE_SKIPPED,
                    Severity.WARNING,
                    "",
                    0,
                    0,
                    name + " has " + errors + (errors == 1 ? " error" : " errors")
                            + "; the governance rules ran without it (see ospo publiccode validate)",
                    Map.of("errors", Integer.toString(errors))));
        }
        return new PubliccodeInput(name, result.publicCode(), result.sourceMap().named(name), notes);
    }
}
