package eu.ospo.governance.report;

import eu.ospo.governance.rules.Rule;
import eu.ospo.problem.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report needs besides the {@link eu.ospo.governance.rules.Evaluation}: the version of the
 * tool, a one-sentence description per rule (SARIF rule metadata; other formats do without), and
 * the problems found while reading the input files. Immutable; the {@code with...} methods return
 * copies.
 *
 * @param toolVersion the version of ospo that produced the report
 * @param ruleDescriptions rule id to what the rule checks, in a stable order
 * @param problems problems of the input files, in the order found
 */
public record ReportInput(String toolVersion, Map<String, String> ruleDescriptions, List<FileProblem> problems) {

    /** Checks and copies the components. */
    public ReportInput {
        Objects.requireNonNull(toolVersion, "toolVersion");
        ruleDescriptions = Collections.unmodifiableMap(new LinkedHashMap<>(ruleDescriptions));
        problems = List.copyOf(problems);
    }

    /**
     * Input with only the tool version.
     *
     * @param toolVersion the version of ospo
     * @return the input
     */
    public static ReportInput of(String toolVersion) {
        return new ReportInput(toolVersion, Map.of(), List.of());
    }

    /**
     * A copy that also describes these rules.
     *
     * @param rules the rules evaluated
     * @return the copy
     */
    public ReportInput withRules(Collection<? extends Rule> rules) {
        Map<String, String> descriptions = new LinkedHashMap<>(ruleDescriptions);
        rules.forEach(rule -> descriptions.put(rule.id(), rule.description()));
        return new ReportInput(toolVersion, descriptions, problems);
    }

    /**
     * A copy that also carries the problems of one input file.
     *
     * @param file the file name as the user knows it
     * @param fileProblems its problems
     * @return the copy
     */
    public ReportInput withProblems(String file, List<Problem> fileProblems) {
        List<FileProblem> all = new ArrayList<>(problems);
        fileProblems.forEach(problem -> all.add(new FileProblem(file, problem)));
        return new ReportInput(toolVersion, ruleDescriptions, all);
    }

    /**
     * A copy that also carries these problems, each with its file.
     *
     * @param fileProblems the problems
     * @return the copy
     */
    public ReportInput withFileProblems(List<FileProblem> fileProblems) {
        List<FileProblem> all = new ArrayList<>(problems);
        all.addAll(fileProblems);
        return new ReportInput(toolVersion, ruleDescriptions, all);
    }

    /**
     * The description of a rule.
     *
     * @param ruleId the rule id
     * @return what the rule checks, or empty when not known
     */
    public Optional<String> description(String ruleId) {
        return Optional.ofNullable(ruleDescriptions.get(ruleId));
    }

    /**
     * Whether an input problem is an error (then the report does not pass, whatever the findings).
     *
     * @return true when some problem is an error
     */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.problem().isError());
    }
}
