package eu.ospo.governance;

import eu.ospo.governance.internal.read.Codes;
import eu.ospo.model.Governance;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.SourceMap;
import eu.ospo.problem.ValidationResult;
import eu.ospo.yaml.internal.ProblemList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What parsing one {@code governance.yml} produced: the problems, and the model in two strengths.
 *
 * <ul>
 *   <li>{@link #governance()}: the <em>valid</em> model, present exactly when the file has no error.
 *       Use it when a wrong file must not be used at all (storing it, publishing it).
 *   <li>{@link #governanceAsRead()}: the model <em>as read</em>, present whenever the file could be
 *       read into the model's structure, even when it has semantic problems: an identifier that fails
 *       its check, a country, URI, URL, e-mail address or id in the wrong form, a percentage over
 *       100, a reference to an id nobody declares, a repeated id, an end before its start,
 *       overlapping memberships, a notice period longer than the term. The model holds those values
 *       as written. The governance rules run on it ({@link eu.ospo.governance.check.RepositoryCheck}
 *       and {@code ospo check} do), so one typo does not hide every other finding; the problems still
 *       make the file invalid. It is empty when the file could not be read into the model's
 *       structure: YAML errors, wrong types, missing required or unknown keys, values that are no
 *       date, term of the vocabulary or number in range, an unsupported version.
 * </ul>
 *
 * <p>{@code docs/governance-yml.md} lists the problem codes of both kinds.
 *
 * @param governanceAsRead the typed model as read: present unless the file has a structural error
 * @param problems every error and warning, in the order found
 * @param sourceMap where each key of the file is (by dotted key path such as {@code
 *     agreements[1].end}), for locating findings of rules evaluated over the model
 */
public record GovernanceResult(Optional<Governance> governanceAsRead, List<Problem> problems, SourceMap sourceMap)
        implements ValidationResult {

    /**
     * Checks consistency and copies the problems.
     *
     * @throws IllegalArgumentException if a model comes with a structural error (an error whose code is
     *     not one of the semantic problems' codes; {@code problems.truncated}, which may stand for either,
     *     is allowed)
     */
    public GovernanceResult {
        Objects.requireNonNull(governanceAsRead, "governanceAsRead");
        Objects.requireNonNull(sourceMap, "sourceMap");
        problems = List.copyOf(problems);
        if (governanceAsRead.isPresent() && problems.stream().anyMatch(GovernanceResult::isStructural)) {
            throw new IllegalArgumentException("a result with a structural error carries no model");
        }
    }

    /**
     * The valid model: the model as read when the file has no error (warnings allowed), else empty.
     *
     * @return the model of a valid file
     */
    public Optional<Governance> governance() {
        return isValid() ? governanceAsRead : Optional.empty();
    }

    private static boolean isStructural(Problem problem) {
        return problem.severity() == Severity.ERROR
                && !Codes.SEMANTIC.contains(problem.code())
                && !problem.code().equals(ProblemList.TRUNCATED);
    }
}
