package eu.ospo.cli.governance;

import eu.ospo.cli.InputErrors;
import eu.ospo.cli.StandardInput;
import eu.ospo.governance.rules.Ruleset;
import eu.ospo.governance.rules.RulesetResult;
import eu.ospo.problem.Problem;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ruleset of {@code --ruleset FILE}: a file with an error is an input error; its warnings are
 * reported with the other input problems.
 *
 * @param file the file as given on the command line
 * @param ruleset the ruleset it holds
 * @param warnings its warnings
 */
public record RulesetFile(String file, Ruleset ruleset, List<Problem> warnings) {

    /** Copies the warnings. */
    public RulesetFile {
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads the option's file.
     *
     * @param option the {@code --ruleset} value ({@code -} for standard input), or null when not given
     * @return the ruleset file, or empty for the default ruleset
     * @throws GovernanceInputException if the file cannot be read or has an error (its problems are
     *     in the message, one per line)
     */
    public static Optional<RulesetFile> read(@Nullable String option) throws GovernanceInputException {
        if (option == null) {
            return Optional.empty();
        }
        if (StandardInput.is(option)) {
            String yaml;
            try {
                yaml = StandardInput.text();
            } catch (IOException e) {
                throw new GovernanceInputException("--ruleset -: standard input: " + InputErrors.reason(e));
            }
            return Optional.of(checked(option, Ruleset.parse(yaml)));
        }
        Path file;
        try {
            file = Path.of(option);
        } catch (InvalidPathException e) {
            throw new GovernanceInputException("--ruleset " + option + ": not a valid path");
        }
        RulesetResult parsed;
        try {
            parsed = Ruleset.parse(file);
        } catch (IOException e) {
            throw new GovernanceInputException("--ruleset " + option + ": " + InputErrors.reason(e));
        }
        return Optional.of(checked(option, parsed));
    }

    private static RulesetFile checked(String option, RulesetResult parsed) throws GovernanceInputException {
        if (parsed.ruleset().isEmpty() || !parsed.isValid()) {
            StringBuilder message = new StringBuilder("--ruleset " + option + ": the ruleset has errors");
            for (Problem problem : parsed.problems()) {
                message.append(System.lineSeparator()).append(problem.format(option));
            }
            throw new GovernanceInputException(message.toString());
        }
        return new RulesetFile(option, parsed.ruleset().orElseThrow(), parsed.problems());
    }
}
