package eu.ospo.cli.check;

import java.nio.file.Path;

/**
 * One section of {@code ospo check}: looks at a repository directory and reports problems about
 * one concern. Today there is one check (publiccode.yml); the governance check will be another
 * implementation listed in {@link CheckCommand}.
 */
public interface Check {

    /**
     * Runs the check.
     *
     * @param directory the repository directory, as given on the command line
     * @return the section of the report
     * @throws CheckInputException if the input the check needs is missing or unreadable
     */
    Section run(Path directory) throws CheckInputException;
}
