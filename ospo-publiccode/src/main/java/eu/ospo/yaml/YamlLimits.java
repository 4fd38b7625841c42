package eu.ospo.yaml;

/**
 * Hard limits applied when a YAML document is loaded. Input beyond a limit is not loaded; it is
 * reported as a problem with code {@code yaml.limit}.
 *
 * <p>{@code maxProblems} bounds what is reported rather than what is loaded: after that many problems
 * in one file the rest are counted, not kept, and one {@code problems.truncated} problem says how
 * many were left out (its severity is the highest of theirs, so the verdict does not change).
 *
 * @param maxBytes largest accepted input, in bytes
 * @param maxDepth deepest accepted nesting of mappings and sequences
 * @param maxAliases most alias references ({@code *name}) accepted in one document
 * @param maxNodes most nodes accepted in one document, counting every node an alias repeats
 * @param maxProblems most problems reported for one file (then one {@code problems.truncated})
 */
public record YamlLimits(int maxBytes, int maxDepth, int maxAliases, int maxNodes, int maxProblems) {

    /** The default of {@link #maxProblems()}: 1,000 problems per file. */
    public static final int DEFAULT_MAX_PROBLEMS = 1_000;

    /** 4 MiB, depth 64, 50 aliases, 100,000 nodes, 1,000 problems: far above any real metadata file. */
    public static final YamlLimits DEFAULT = new YamlLimits(4 * 1024 * 1024, 64, 50, 100_000);

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public YamlLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxAliases < 0 || maxNodes < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxDepth + ", "
                    + maxAliases + ", " + maxNodes + ", " + maxProblems);
        }
    }

    /**
     * Limits with the default {@link #DEFAULT_MAX_PROBLEMS} of 1,000 problems per file.
     *
     * @param maxBytes largest accepted input, in bytes
     * @param maxDepth deepest accepted nesting of mappings and sequences
     * @param maxAliases most alias references accepted in one document
     * @param maxNodes most nodes accepted in one document
     */
    public YamlLimits(int maxBytes, int maxDepth, int maxAliases, int maxNodes) {
        this(maxBytes, maxDepth, maxAliases, maxNodes, DEFAULT_MAX_PROBLEMS);
    }

    /**
     * A copy with another problem cap.
     *
     * @param maxProblems most problems reported for one file, at least 1
     * @return the copy
     */
    public YamlLimits withMaxProblems(int maxProblems) {
        return new YamlLimits(maxBytes, maxDepth, maxAliases, maxNodes, maxProblems);
    }
}
