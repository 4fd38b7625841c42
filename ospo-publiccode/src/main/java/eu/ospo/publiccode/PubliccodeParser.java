package eu.ospo.publiccode;

import eu.ospo.publiccode.internal.PubliccodeReader;
import eu.ospo.publiccode.internal.net.NetworkClient;
import eu.ospo.publiccode.internal.net.OnlineChecks;
import eu.ospo.publiccode.internal.net.RemoteDocument;
import eu.ospo.publiccode.internal.net.WebAddress;
import eu.ospo.publiccode.net.NetworkOptions;
import eu.ospo.yaml.YamlLimits;
import eu.ospo.yaml.internal.YamlDocument;
import eu.ospo.yaml.internal.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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
 * thrown. Relative file references ({@code logo}, {@code screenshots}, {@code authorsFile}) are
 * checked against the base: the base URL or directory set on the builder, else the parsed file's
 * own directory; without either (parsing bytes), they are not checked for existence.
 *
 * <p>By default the parser makes no network requests. With {@link Builder#network(NetworkOptions)}
 * it also runs the reference validator's online checks (URLs answer, {@code url} is a code
 * repository, remote logos and screenshots are images, videos resolve through oEmbed), every
 * network failure being a positioned problem, and {@link #parse(URI)} fetches files over HTTP(S).
 * Parsing bytes with network on and no base, relative references resolve against the raw files of
 * the repository named by {@code url} (GitHub, Bitbucket, GitLab), as the reference does.
 */
public final class PubliccodeParser {

    private final YamlLoader loader;
    private final Optional<Path> baseDirectory;
    private final Optional<WebAddress> baseUrl;
    private final boolean fileChecks;
    private final Optional<NetworkClient> network;

    static {
        PubliccodeReader.BRIDGE.register(PubliccodeParser::read);
    }

    private PubliccodeParser(Builder builder) {
        this.loader = new YamlLoader(builder.limits);
        this.baseDirectory = builder.baseUrl.isPresent() ? Optional.empty() : builder.baseDirectory;
        this.baseUrl = builder.baseUrl;
        this.fileChecks = builder.fileChecks;
        this.network = builder.network.map(NetworkClient::new);
    }

    /**
     * A builder with the defaults: {@link YamlLimits#DEFAULT}, file checks on, no fixed base, no
     * network.
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
     * @throws eu.ospo.yaml.NotRegularFileException if the path is not a regular file (a directory,
     *     FIFO, device or socket: only regular files are read, so a FIFO never blocks)
     * @throws IOException if the file cannot be read
     */
    public PubliccodeResult parse(Path file) throws IOException {
        Optional<Path> base; // the path every file of a run takes: no lambdas (their first use costs on JDK 17)
        if (baseUrl.isPresent()) {
            base = Optional.empty();
        } else if (baseDirectory.isPresent()) {
            base = baseDirectory;
        } else {
            base = Optional.ofNullable(file.toAbsolutePath().getParent());
        }
        PubliccodeResult result = read(loader.readBounded(file), base, baseUrl, false);
        Path name = file.getFileName();
        return name == null ? result : named(result, name.toString());
    }

    /**
     * Fetches and parses a file over HTTP(S); needs a parser built with {@link
     * Builder#network(NetworkOptions)}. A GitHub, Bitbucket or GitLab file page ({@code
     * https://github.com/o/r/blob/main/publiccode.yml}) is fetched as its raw file. Relative
     * references resolve against the builder's base URL or directory, else against the file's own
     * directory URL. The request goes through the same guard as the online checks; a {@code file:}
     * URI is parsed as a {@link Path}.
     *
     * @param uri the file's URL
     * @return the result
     * @throws IOException if the file cannot be fetched: not http(s), refused by the address policy,
     *     no answer, or an answer other than 2xx
     * @throws IllegalStateException if the parser was built without network
     */
    public PubliccodeResult parse(URI uri) throws IOException {
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            return parse(Path.of(uri));
        }
        NetworkClient client = network.orElseThrow(() -> new IllegalStateException(
                "parse(URI) fetches over the network: build the parser with network(NetworkOptions)"));
        RemoteDocument document =
                RemoteDocument.fetch(client, uri.toString(), loader.limits().maxBytes());
        Optional<WebAddress> base =
                baseUrl.or(() -> baseDirectory.isPresent() ? Optional.empty() : Optional.of(document.directory()));
        return named(read(document.content(), baseDirectory, base, false), document.fileName());
    }

    /**
     * Whether this parser runs the online checks.
     *
     * @return true if it was built with {@link Builder#network(NetworkOptions)}
     */
    public boolean isOnline() {
        return network.isPresent();
    }

    private static PubliccodeResult named(PubliccodeResult result, String name) {
        return new PubliccodeResult(
                result.publicCode(), result.problems(), result.sourceMap().named(name));
    }

    /**
     * Parses a stream, reading at most one byte beyond the size limit.
     *
     * @param input the stream (not closed)
     * @return the result
     * @throws IOException if the stream cannot be read
     */
    public PubliccodeResult parse(InputStream input) throws IOException {
        return read(loader.readBounded(input), baseDirectory, baseUrl, true);
    }

    /**
     * Parses bytes already in memory.
     *
     * @param content the file's bytes
     * @return the result
     */
    public PubliccodeResult parse(byte[] content) {
        return read(content, baseDirectory, baseUrl, true);
    }

    /**
     * Parses a string.
     *
     * @param yaml the YAML text
     * @return the result
     */
    public PubliccodeResult parse(String yaml) {
        return read(yaml.getBytes(StandardCharsets.UTF_8), baseDirectory, baseUrl, true);
    }

    private PubliccodeResult read(byte[] content, Optional<Path> base, Optional<WebAddress> remote, boolean bytes) {
        OnlineChecks online = network.isPresent()
                ? OnlineChecks.on(network.get(), remote, bytes && base.isEmpty())
                : OnlineChecks.off();
        return new PubliccodeReader(loader, base, fileChecks, online).read(content);
    }

    /** A document loaded elsewhere (JSON, through {@link PubliccodeReader#BRIDGE}); no file, so the base directory's. */
    private PubliccodeResult read(YamlDocument document) {
        return new PubliccodeReader(loader, baseDirectory, fileChecks).read(document);
    }

    /** Options for a {@link PubliccodeParser}. Not thread-safe; the parser it builds is. */
    public static final class Builder {
        private YamlLimits limits = YamlLimits.DEFAULT;
        private Optional<Path> baseDirectory = Optional.empty();
        private Optional<WebAddress> baseUrl = Optional.empty();
        private boolean fileChecks = true;
        private Optional<NetworkOptions> network = Optional.empty();

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
         * Sets the URL relative file references resolve against, for every parse (it takes
         * precedence over {@link #baseDirectory(Path)}). References are joined to it as to a
         * directory: with {@code https://example.org/repo}, {@code img/logo.png} is {@code
         * https://example.org/repo/img/logo.png}. Without network nothing is fetched, so relative
         * references are then not checked for existence.
         *
         * @param url an absolute http(s) URL
         * @return this builder
         * @throws IllegalArgumentException if it is not one
         */
        public Builder baseUrl(URI url) {
            this.baseUrl = Optional.of(WebAddress.parse(url.toString()));
            return this;
        }

        /**
         * Turns the online checks on, with these options (they are off by default). The parser then
         * holds a small pool of daemon threads for its requests, which end by themselves when idle.
         *
         * @param options the network options, for example {@link NetworkOptions#defaults()}
         * @return this builder
         */
        public Builder network(NetworkOptions options) {
            this.network = Optional.of(Objects.requireNonNull(options, "options"));
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
