package eu.ospo.yaml.internal;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading one YAML file: the root node when the file could be loaded, and every
 * problem met on the way. A file with no document at all (empty, or only comments) has no root and
 * no problems.
 *
 * @param root the root node, or empty
 * @param problems problems found while loading
 */
public record YamlDocument(Optional<YamlNode> root, List<Problem> problems) {

    /** Copies the problems. */
    public YamlDocument {
        problems = List.copyOf(problems);
    }

    /**
     * Whether loading stopped on an error (the root is then absent).
     *
     * @return true when an error was reported
     */
    public boolean failed() {
        for (Problem problem : problems) { // a loop, not a stream: it runs for every file, mostly interpreted
            if (problem.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }
}
