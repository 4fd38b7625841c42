package eu.ospo.governance.check;

import eu.ospo.problem.Problem;
import eu.ospo.problem.ValidationResult;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One file a {@link RepositoryCheck} read, with its problems.
 *
 * @param name the file's name relative to the checked directory, with {@code /} as separator (for
 *     example {@code publiccode.yml}); the name problem locations and reports use
 * @param kind what the file is
 * @param problems every problem of the file, sorted by line, then column (problems without a
 *     position, line 0, come first; problems at the same position keep the order found)
 */
public record CheckedFile(String name, FileKind kind, List<Problem> problems) implements ValidationResult {

    /** Orders problems by position; the sort is stable, so equal positions keep the order found. */
    static final Comparator<Problem> BY_POSITION =
            Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    /** Checks for nulls and sorts a copy of the problems by position. */
    public CheckedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        problems = problems.stream().sorted(BY_POSITION).toList();
    }
}
