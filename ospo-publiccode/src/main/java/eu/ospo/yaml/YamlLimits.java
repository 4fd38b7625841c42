package eu.ospo.yaml;

/**
 * Hard limits applied when a YAML document is loaded. Input beyond a limit is not loaded; it is
 * reported as a problem with code {@code yaml.limit}.
 *
 * @param maxBytes largest accepted input, in bytes
 * @param maxDepth deepest accepted nesting of mappings and sequences
 * @param maxAliases most alias references ({@code *name}) accepted in one document
 * @param maxNodes most nodes accepted in one document, counting every node an alias repeats
 */
public record YamlLimits(int maxBytes, int maxDepth, int maxAliases, int maxNodes) {

    /** 4 MiB, depth 64, 50 aliases, 100,000 nodes: far above any real metadata file. */
    public static final YamlLimits DEFAULT = new YamlLimits(4 * 1024 * 1024, 64, 50, 100_000);

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public YamlLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxAliases < 0 || maxNodes < 1) {
            throw new IllegalArgumentException(
                    "limits must be positive: " + maxBytes + ", " + maxDepth + ", " + maxAliases + ", " + maxNodes);
        }
    }
}
