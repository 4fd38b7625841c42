package eu.ospo.governance.files;

import eu.ospo.problem.Problem;
import eu.ospo.problem.ValidationResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One governance file found in a repository: where it is, what it says, and what is wrong with it.
 *
 * @param path the path relative to the repository, with {@code /} separators, for example {@code
 *     .github/CODEOWNERS}
 * @param model what the file says, as the forge or tool that reads it would see it (for example,
 *     {@code CODEOWNERS} lines the forge ignores are left out); empty when the file could not be read
 *     at all (too large, not a mapping, ...)
 * @param problems what is wrong with it, with 1-based line and column
 * @param <T> the model type
 */
public record RepositoryFile<T>(String path, Optional<T> model, List<Problem> problems) implements ValidationResult {

    /** Checks for nulls and copies the problems. */
    public RepositoryFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(model, "model");
        problems = List.copyOf(problems);
    }
}
