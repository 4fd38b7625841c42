package eu.ospo.governance;

import eu.ospo.governance.internal.read.GovernanceReader;
import eu.ospo.problem.Problem;
import eu.ospo.yaml.YamlLimits;
import eu.ospo.yaml.internal.YamlDocument;
import eu.ospo.yaml.internal.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Parses and validates {@code governance.yml} files into the domain model ({@link
 * eu.ospo.model.Governance}). Immutable and thread-safe: build one and reuse it.
 *
 * <pre>{@code
 * GovernanceParser parser = GovernanceParser.builder().build();
 * GovernanceResult result = parser.parse(Path.of("governance.yml"));
 * result.problems().forEach(p -> System.out.println(p.format("governance.yml")));
 * result.governance().ifPresent(governance -> ...);        // only when the file has no error
 * result.governanceAsRead().ifPresent(governance -> ...);  // also with semantic problems
 * }</pre>
 *
 * <p>The YAML is loaded by the same layer as publiccode.yml, with the same limits, positions and
 * problem codes. Content problems (bad YAML, wrong types, unknown keys, dangling references,
 * duplicate ids, identifiers failing their check, ...) come back as {@link Problem}s in the result,
 * each with its dotted key path and 1-based line and column; only I/O failures throw. Semantic
 * problems (identifiers, formats, references, duplicate ids, date order, percentages) leave the model
 * as read in {@link GovernanceResult#governanceAsRead()}; see {@link GovernanceResult}. The defaults
 * the format documents are filled in (beneficiary {@code community}, renewal {@code none}, period
 * {@code quarter}, {@code maxSeatsPerOrganisation} 1). The parser reads no clock and no network.
 */
public final class GovernanceParser {

    private final YamlLoader loader;

    static {
        GovernanceReader.BRIDGE.register(GovernanceParser::read);
    }

    private GovernanceParser(Builder builder) {
        this.loader = new YamlLoader(builder.limits);
    }

    /**
     * The default limits for governance.yml: 16 MiB, depth 64, 50 aliases, 1,000,000 nodes. A
     * governance.yml grows with its community (about 450 nodes and 5 KiB per organisation with ten
     * agreements and five projects each), so these are higher than {@link YamlLimits#DEFAULT}: a
     * community of 2,000 such organisations still loads.
     */
    public static final YamlLimits DEFAULT_LIMITS = new YamlLimits(16 * 1024 * 1024, 64, 50, 1_000_000);

    /**
     * A builder with the defaults ({@link #DEFAULT_LIMITS}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The limits this parser applies (also to JSON read through ospo-jackson).
     *
     * @return the limits
     */
    public YamlLimits limits() {
        return loader.limits();
    }

    /**
     * Parses a file. The size is checked before the file is read.
     *
     * @param file the file
     * @return the result; its source map is named after the file
     * @throws eu.ospo.yaml.NotRegularFileException if the path is not a regular file (a directory,
     *     FIFO, device or socket: only regular files are read, so a FIFO never blocks)
     * @throws IOException if the file cannot be read
     */
    public GovernanceResult parse(Path file) throws IOException {
        GovernanceResult result = parse(loader.readBounded(file));
        Path name = file.getFileName();
        return name == null
                ? result
                : new GovernanceResult(
                        result.governanceAsRead(),
                        result.problems(),
                        result.sourceMap().named(name.toString()));
    }

    /**
     * Parses a stream, reading at most one byte beyond the size limit.
     *
     * @param input the stream (not closed)
     * @return the result
     * @throws IOException if the stream cannot be read
     */
    public GovernanceResult parse(InputStream input) throws IOException {
        return parse(loader.readBounded(input));
    }

    /**
     * Parses bytes already in memory (UTF-8).
     *
     * @param content the file's bytes
     * @return the result
     */
    public GovernanceResult parse(byte[] content) {
        return new GovernanceReader(loader).read(content);
    }

    /** A document loaded elsewhere (JSON, through {@link GovernanceReader#BRIDGE}). */
    private GovernanceResult read(YamlDocument document) {
        return new GovernanceReader(loader).read(document);
    }

    /**
     * Parses a string.
     *
     * @param yaml the YAML text
     * @return the result
     */
    public GovernanceResult parse(String yaml) {
        return parse(yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Options for a {@link GovernanceParser}. Not thread-safe; the parser it builds is. */
    public static final class Builder {
        private YamlLimits limits = DEFAULT_LIMITS;

        private Builder() {}

        /**
         * Sets the loading limits.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder limits(YamlLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Builds the parser.
         *
         * @return a reusable, thread-safe parser
         */
        public GovernanceParser build() {
            return new GovernanceParser(this);
        }
    }
}
