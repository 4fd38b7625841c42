package eu.ospo.yaml;

/**
 * Hard limits applied when a YAML document is loaded. Input beyond a limit is not loaded; it is
 * reported as a problem with code {@code yaml.limit}, whose argument {@code limit} names the component
 * (for example {@code maxTokenLength}). Every limit is listed, with its default, in {@code
 * docs/limits.md}.
 *
 * @param maxBytes largest accepted input, in bytes
 * @param maxDepth deepest accepted nesting of mappings and sequences
 * @param maxAliases most alias references ({@code *name}) accepted in one document
 * @param maxNodes most nodes accepted in one document, counting every node an alias repeats
 * @param maxTokenLength longest accepted scalar (a key or a value), comment, anchor, alias or tag, in
 *     characters (Unicode code points)
 */
public record YamlLimits(int maxBytes, int maxDepth, int maxAliases, int maxNodes, int maxTokenLength) {

    /** The default {@link #maxTokenLength()}: 1 MiB, 1,048,576 characters. */
    public static final int DEFAULT_MAX_TOKEN_LENGTH = 1024 * 1024;

    /**
     * 4 MiB, depth 64, 50 aliases, 100,000 nodes, tokens of at most 1 MiB: far above any real metadata
     * file.
     */
    public static final YamlLimits DEFAULT = new YamlLimits(4 * 1024 * 1024, 64, 50, 100_000, DEFAULT_MAX_TOKEN_LENGTH);

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public YamlLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxAliases < 0 || maxNodes < 1 || maxTokenLength < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxDepth + ", "
                    + maxAliases + ", " + maxNodes + ", " + maxTokenLength);
        }
    }

    /**
     * Limits with the default {@link #maxTokenLength()} ({@value #DEFAULT_MAX_TOKEN_LENGTH}).
     *
     * @param maxBytes largest accepted input, in bytes
     * @param maxDepth deepest accepted nesting of mappings and sequences
     * @param maxAliases most alias references accepted in one document
     * @param maxNodes most nodes accepted in one document, counting every node an alias repeats
     * @throws IllegalArgumentException if a limit is not positive
     */
    public YamlLimits(int maxBytes, int maxDepth, int maxAliases, int maxNodes) {
        this(maxBytes, maxDepth, maxAliases, maxNodes, DEFAULT_MAX_TOKEN_LENGTH);
    }

    /**
     * These limits with another {@link #maxTokenLength()}.
     *
     * @param length the longest accepted token, in characters
     * @return the new limits
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public YamlLimits withMaxTokenLength(int length) {
        return new YamlLimits(maxBytes, maxDepth, maxAliases, maxNodes, length);
    }
}
