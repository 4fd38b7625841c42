package eu.ospo.publiccode;

import eu.ospo.publiccode.internal.PubliccodeReader;
import eu.ospo.yaml.YamlLimits;
import eu.ospo.yaml.internal.YamlDocument;
import eu.ospo.yaml.internal.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses and validates {@code publiccode.yml} files. Immutable and thread-safe: build one and reuse
 * it.
 *
 * <pre>{@code
 * PubliccodeParser parser = PubliccodeParser.builder().build();
 * PubliccodeResult result = parser.parse(Path.of("publiccode.yml"));
 * result.problems().forEach(p -> System.out.println(p.format("publiccode.yml")));
 * }</pre>
 *
 * <p>Content problems (bad YAML, wrong types, rule violations) are reported in the result, never
 * thrown. The parser makes no network requests. Relative file references ({@code logo}, {@code
 * screenshots}, {@code authorsFile}) are checked against the base directory: the one set on the
 * builder, else the parsed file's directory; without either (parsing bytes), they are not checked
 * for existence.
 */
public final class PubliccodeParser {

    private final YamlLoader loader;
    private final Optional<Path> baseDirectory;
    private final boolean fileChecks;

    static {
        PubliccodeReader.BRIDGE.register(PubliccodeParser::read);
    }

    private PubliccodeParser(Builder builder) {
        this.loader = new YamlLoader(builder.limits);
        this.baseDirectory = builder.baseDirectory;
        this.fileChecks = builder.fileChecks;
    }

    /**
     * A builder with the defaults: {@link YamlLimits#DEFAULT}, file checks on, no fixed base
     * directory.
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
     * Parses a file. Relative references resolve against the builder's base directory, else the
     * file's own directory.
     *
     * @param file the file
     * @return the result
     * @throws IOException if the file cannot be read
     */
    public PubliccodeResult parse(Path file) throws IOException {
        Optional<Path> base =
                baseDirectory.or(() -> Optional.ofNullable(file.toAbsolutePath().getParent()));
        PubliccodeResult result = read(loader.readBounded(file), base);
        Path name = file.getFileName();
        return name == null
                ? result
                : new PubliccodeResult(
                        result.publicCode(),
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
    public PubliccodeResult parse(InputStream input) throws IOException {
        return read(loader.readBounded(input), baseDirectory);
    }

    /**
     * Parses bytes already in memory.
     *
     * @param content the file's bytes
     * @return the result
     */
    public PubliccodeResult parse(byte[] content) {
        return read(content, baseDirectory);
    }

    /**
     * Parses a string.
     *
     * @param yaml the YAML text
     * @return the result
     */
    public PubliccodeResult parse(String yaml) {
        return read(yaml.getBytes(StandardCharsets.UTF_8), baseDirectory);
    }

    private PubliccodeResult read(byte[] content, Optional<Path> base) {
        return new PubliccodeReader(loader, base, fileChecks).read(content);
    }

    /** A document loaded elsewhere (JSON, through {@link PubliccodeReader#BRIDGE}); no file, so the base directory's. */
    private PubliccodeResult read(YamlDocument document) {
        return new PubliccodeReader(loader, baseDirectory, fileChecks).read(document);
    }

    /** Options for a {@link PubliccodeParser}. Not thread-safe; the parser it builds is. */
    public static final class Builder {
        private YamlLimits limits = YamlLimits.DEFAULT;
        private Optional<Path> baseDirectory = Optional.empty();
        private boolean fileChecks = true;

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
         * Sets the directory relative file references resolve against, for every parse.
         *
         * @param directory the base directory
         * @return this builder
         */
        public Builder baseDirectory(Path directory) {
            this.baseDirectory = Optional.of(directory.toAbsolutePath().normalize());
            return this;
        }

        /**
         * Turns the checks on referenced files (extension, existence, PNG content) on or off, like the
         * reference's "disable external checks". Absolute-path and {@code file:} checks always run.
         *
         * @param enabled whether to check referenced files
         * @return this builder
         */
        public Builder fileChecks(boolean enabled) {
            this.fileChecks = enabled;
            return this;
        }

        /**
         * Builds the parser.
         *
         * @return a reusable, thread-safe parser
         */
        public PubliccodeParser build() {
            return new PubliccodeParser(this);
        }
    }
}
