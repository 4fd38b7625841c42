package eu.ospo.yaml;

/**
 * Hard limits applied when a YAML document is loaded. Input beyond a limit is not loaded; it is
 * reported as a problem with code {@code yaml.limit}, whose argument {@code limit} names the component
 * (for example {@code maxTokenLength}). Every limit is listed, with its default, in {@code
 * docs/limits.md}.
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
 * @param maxTokenLength longest accepted scalar (a key or a value), comment, anchor, alias or tag, in
 *     characters (Unicode code points)
 */
public record YamlLimits(
        int maxBytes, int maxDepth, int maxAliases, int maxNodes, int maxProblems, int maxTokenLength) {

    /** The default of {@link #maxProblems()}: 1,000 problems per file. */
    public static final int DEFAULT_MAX_PROBLEMS = 1_000;

    /** The default of {@link #maxTokenLength()}: 1 MiB, 1,048,576 characters. */
    public static final int DEFAULT_MAX_TOKEN_LENGTH = 1024 * 1024;

    /**
     * 4 MiB, depth 64, 50 aliases, 100,000 nodes, 1,000 problems, tokens of at most 1 MiB: far above any
     * real metadata file.
     */
    public static final YamlLimits DEFAULT = new YamlLimits(4 * 1024 * 1024, 64, 50, 100_000);

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public YamlLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxAliases < 0 || maxNodes < 1 || maxProblems < 1 || maxTokenLength < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxDepth + ", "
                    + maxAliases + ", " + maxNodes + ", " + maxProblems + ", " + maxTokenLength);
        }
    }

    /**
     * Limits with the default {@link #DEFAULT_MAX_PROBLEMS} of 1,000 problems per file and the default
     * {@link #DEFAULT_MAX_TOKEN_LENGTH} of 1 MiB per token.
     *
     * @param maxBytes largest accepted input, in bytes
     * @param maxDepth deepest accepted nesting of mappings and sequences
     * @param maxAliases most alias references accepted in one document
     * @param maxNodes most nodes accepted in one document
     */
    public YamlLimits(int maxBytes, int maxDepth, int maxAliases, int maxNodes) {
        this(maxBytes, maxDepth, maxAliases, maxNodes, DEFAULT_MAX_PROBLEMS, DEFAULT_MAX_TOKEN_LENGTH);
    }

    /**
     * A copy with another problem cap.
     *
     * @param maxProblems most problems reported for one file, at least 1
     * @return the copy
     */
    public YamlLimits withMaxProblems(int maxProblems) {
        return new YamlLimits(maxBytes, maxDepth, maxAliases, maxNodes, maxProblems, maxTokenLength);
    }

    /**
     * A copy with another token-length limit.
     *
     * @param maxTokenLength the longest accepted token, in characters, at least 1
     * @return the copy
     */
    public YamlLimits withMaxTokenLength(int maxTokenLength) {
        return new YamlLimits(maxBytes, maxDepth, maxAliases, maxNodes, maxProblems, maxTokenLength);
    }
}
