package eu.ospo.publiccode.net;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * How the online checks of a {@link eu.ospo.publiccode.PubliccodeParser} use the network.
 * Immutable; build with {@link #builder()} or take {@link #defaults()}.
 *
 * <pre>{@code
 * PubliccodeParser parser = PubliccodeParser.builder()
 *         .network(NetworkOptions.builder().fileBudget(Duration.ofSeconds(20)).build())
 *         .build();
 * }</pre>
 *
 * <p>The limits, with their defaults:
 *
 * <ul>
 *   <li>{@link #connectTimeout()} 5 s per connection attempt; {@link #readTimeout()} 10 s without
 *       a byte from the server;
 *   <li>{@link #fileBudget()} 30 s for all the checks of one file: what has not answered by then is
 *       reported as a timeout;
 *   <li>{@link #maxRedirects()} 5, every hop checked like the first request;
 *   <li>{@link #maxImageBytes()} 5 MiB for a logo or screenshot, {@link #maxBodyBytes()} 1 MiB for
 *       any other body that is read (oEmbed answers, git and Mercurial probes); pages whose
 *       reachability is checked are not downloaded at all (the status line and headers decide);
 *   <li>{@link #maxConcurrentRequests()} 32 requests at once per parser, {@link
 *       #maxConnectionsPerHost()} 6 to one host;
 *   <li>{@link #cacheSize()} 10,000 answers remembered per parser, so a catalogue validating many
 *       files asks each URL once.
 * </ul>
 */
public final class NetworkOptions {

    private static final NetworkOptions DEFAULTS = builder().build();

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration fileBudget;
    private final int maxRedirects;
    private final long maxImageBytes;
    private final long maxBodyBytes;
    private final int maxConcurrentRequests;
    private final int maxConnectionsPerHost;
    private final int cacheSize;
    private final AddressPolicy addressPolicy;
    private final HostResolver resolver;
    private final Optional<SSLContext> sslContext;

    private NetworkOptions(Builder builder) {
        this.connectTimeout = builder.connectTimeout;
        this.readTimeout = builder.readTimeout;
        this.fileBudget = builder.fileBudget;
        this.maxRedirects = builder.maxRedirects;
        this.maxImageBytes = builder.maxImageBytes;
        this.maxBodyBytes = builder.maxBodyBytes;
        this.maxConcurrentRequests = builder.maxConcurrentRequests;
        this.maxConnectionsPerHost = builder.maxConnectionsPerHost;
        this.cacheSize = builder.cacheSize;
        this.addressPolicy = builder.addressPolicy;
        this.resolver = builder.resolver;
        this.sslContext = builder.sslContext;
    }

    /**
     * The defaults listed above, public addresses only, the system's DNS and trust store.
     *
     * @return the default options
     */
    public static NetworkOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The longest wait for one connection to be established.
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * The longest wait for the next bytes of an answer.
     *
     * @return the read timeout
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * The time all the online checks of one file may take together.
     *
     * @return the budget per file
     */
    public Duration fileBudget() {
        return fileBudget;
    }

    /**
     * How many redirects one request follows (at most 5).
     *
     * @return the redirect limit
     */
    public int maxRedirects() {
        return maxRedirects;
    }

    /**
     * The largest logo or screenshot read.
     *
     * @return the limit in bytes
     */
    public long maxImageBytes() {
        return maxImageBytes;
    }

    /**
     * The largest other body read (oEmbed answers, git and Mercurial probes).
     *
     * @return the limit in bytes
     */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * How many requests one parser makes at the same time.
     *
     * @return the limit
     */
    public int maxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    /**
     * How many requests one parser makes to the same host (name and port) at the same time.
     *
     * @return the limit
     */
    public int maxConnectionsPerHost() {
        return maxConnectionsPerHost;
    }

    /**
     * How many answers a parser remembers (0: none).
     *
     * @return the number of cache entries
     */
    public int cacheSize() {
        return cacheSize;
    }

    /**
     * Which addresses may be connected to.
     *
     * @return the policy
     */
    public AddressPolicy addressPolicy() {
        return addressPolicy;
    }

    /**
     * How host names become addresses.
     *
     * @return the resolver
     */
    public HostResolver resolver() {
        return resolver;
    }

    /**
     * The TLS context for {@code https}; empty means the JDK's default (its trust store).
     *
     * @return the context, if one was set
     */
    public Optional<SSLContext> sslContext() {
        return sslContext;
    }

    /** Builds {@link NetworkOptions}. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(10);
        private Duration fileBudget = Duration.ofSeconds(30);
        private int maxRedirects = 5;
        private long maxImageBytes = 5L << 20;
        private long maxBodyBytes = 1L << 20;
        private int maxConcurrentRequests = 32;
        private int maxConnectionsPerHost = 6;
        private int cacheSize = 10_000;
        private AddressPolicy addressPolicy = AddressPolicy.PUBLIC_ONLY;
        private HostResolver resolver = HostResolver.system();
        private Optional<SSLContext> sslContext = Optional.empty();

        private Builder() {}

        /**
         * Sets the connect timeout.
         *
         * @param timeout positive, at most one hour
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets the read timeout.
         *
         * @param timeout positive, at most one hour
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /**
         * Sets the time budget per file.
         *
         * @param budget positive, at most one hour
         * @return this builder
         */
        public Builder fileBudget(Duration budget) {
            this.fileBudget = positive(budget, "fileBudget");
            return this;
        }

        /**
         * Sets how many redirects a request follows.
         *
         * @param redirects 0 to 5
         * @return this builder
         */
        public Builder maxRedirects(int redirects) {
            this.maxRedirects = (int) range(redirects, 0, 5, "maxRedirects");
            return this;
        }

        /**
         * Sets the largest logo or screenshot read.
         *
         * @param bytes 1 byte to 1 GiB
         * @return this builder
         */
        public Builder maxImageBytes(long bytes) {
            this.maxImageBytes = range(bytes, 1, 1L << 30, "maxImageBytes");
            return this;
        }

        /**
         * Sets the largest other body read.
         *
         * @param bytes 1 byte to 1 GiB
         * @return this builder
         */
        public Builder maxBodyBytes(long bytes) {
            this.maxBodyBytes = range(bytes, 1, 1L << 30, "maxBodyBytes");
            return this;
        }

        /**
         * Sets how many requests a parser makes at once.
         *
         * @param requests 1 to 1,024
         * @return this builder
         */
        public Builder maxConcurrentRequests(int requests) {
            this.maxConcurrentRequests = (int) range(requests, 1, 1024, "maxConcurrentRequests");
            return this;
        }

        /**
         * Sets how many requests a parser makes to one host at once.
         *
         * @param connections 1 to 1,024
         * @return this builder
         */
        public Builder maxConnectionsPerHost(int connections) {
            this.maxConnectionsPerHost = (int) range(connections, 1, 1024, "maxConnectionsPerHost");
            return this;
        }

        /**
         * Sets how many answers a parser remembers.
         *
         * @param entries 0 (no cache) to 10,000,000
         * @return this builder
         */
        public Builder cacheSize(int entries) {
            this.cacheSize = (int) range(entries, 0, 10_000_000, "cacheSize");
            return this;
        }

        /**
         * Sets which addresses may be connected to.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder addressPolicy(AddressPolicy policy) {
            this.addressPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets how host names are resolved.
         *
         * @param resolver the resolver
         * @return this builder
         */
        public Builder resolver(HostResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * Sets the TLS context for {@code https} (for example one that trusts an organisation's own
         * certificate authority). Host names are verified whatever the context.
         *
         * @param context the context
         * @return this builder
         */
        public Builder sslContext(SSLContext context) {
            this.sslContext = Optional.of(context);
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public NetworkOptions build() {
            return new NetworkOptions(this);
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException(name + " must be positive and at most one hour: " + duration);
            }
            return duration;
        }

        private static long range(long value, long min, long max, String name) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
            }
            return value;
        }
    }
}
