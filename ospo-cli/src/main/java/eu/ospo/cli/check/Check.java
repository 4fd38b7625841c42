package eu.ospo.cli.check;

import java.nio.file.Path;

/**
 * One section of {@code ospo check}: looks at a repository directory and reports problems about
 * one concern (publiccode.yml, governance). The checks are listed in {@link CheckCommand}.
 */
public interface Check {

    /**
     * Whether this check has anything to look at in a directory. A check that does not apply adds
     * no section to the report.
     *
     * @param directory the repository directory
     * @return true by default
     */
    default boolean appliesTo(Path directory) {
        return true;
    }

    /**
     * Runs the check.
     *
     * @param directory the repository directory, as given on the command line
     * @return the section of the report
     * @throws CheckInputException if the input the check needs is missing or unreadable
     */
    Section run(Path directory) throws CheckInputException;
}
