package eu.ospo.cli.check;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * One section of the {@code ospo check} report.
 *
 * @param title the heading, for example {@code publiccode.yml}
 * @param file the file checked, as a path the user can follow
 * @param notes lines printed under the verdict, in the form {@code label: text} (for example how
 *     many rules passed); may be empty
 * @param problems what the check found
 */
public record Section(String title, String file, List<String> notes, List<Problem> problems) {

    /** Copies the lists. */
    public Section {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(file, "file");
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    /**
     * A section without notes.
     *
     * @param title the heading
     * @param file the file checked
     * @param problems what the check found
     */
    public Section(String title, String file, List<Problem> problems) {
        this(title, file, List.of(), problems);
    }

    /**
     * The verdict of this section.
     *
     * @return valid, valid with warnings or invalid
     */
    public Verdict verdict() {
        return Verdict.of(problems);
    }

    /**
     * The problems of one severity, in the order found.
     *
     * @param severity the severity
     * @return those problems
     */
    public List<Problem> problems(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }
}
