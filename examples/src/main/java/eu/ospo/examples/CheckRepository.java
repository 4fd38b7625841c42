package eu.ospo.examples;

import eu.ospo.governance.check.CheckedFile;
import eu.ospo.governance.check.RepositoryCheck;
import eu.ospo.governance.check.RepositoryResult;
import eu.ospo.governance.rules.Finding;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Checks a whole repository folder in one call, as {@code ospo check} does: publiccode.yml,
 * governance.yml and the governance rules over both. Quoted in the README.
 */
public final class CheckRepository {

    private CheckRepository() {}

    /**
     * Checks a repository folder and prints what it found.
     *
     * @param repository the folder holding publiccode.yml and governance.yml
     * @param date the evaluation date
     * @param out where to print
     * @return the verdict over both files and the rules
     * @throws IOException if the folder or a file in it cannot be read
     */
    public static Verdict check(Path repository, LocalDate date, PrintStream out) throws IOException {
        // tag::check[]
        RepositoryCheck check = RepositoryCheck.builder()
                .date(date) // required: the library never reads the clock
                .build(); // immutable, thread-safe: build once, check many folders
        RepositoryResult result = check.check(repository);

        for (CheckedFile file : result.files()) { // publiccode.yml, governance.yml: those present
            out.println(file.name() + ": " + file.verdict());
            for (Problem problem : file.problems()) { // sorted by line, then column
                out.println("  " + problem.format(file.name()));
            }
        }
        for (Finding failure : result.failures()) { // empty when the rules did not run
            out.println(failure.severity().label() + " " + failure.ruleId() + ": " + failure.message());
        }
        return result.verdict(); // errors in a file or an error-severity rule make it INVALID
        // end::check[]
    }

    /**
     * Command-line entry: {@code CheckRepository DIR YYYY-MM-DD}.
     *
     * @param args the folder and the date
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Verdict verdict = check(Path.of(args[0]), LocalDate.parse(args[1]), System.out);
        System.exit(verdict.isValid() ? 0 : 1);
    }
}
