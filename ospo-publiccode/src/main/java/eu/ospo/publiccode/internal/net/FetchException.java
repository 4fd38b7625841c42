package eu.ospo.publiccode.internal.net;

import java.io.IOException;

/**
 * A request that got no usable answer: why, in a few words for a message, and which kind of failure
 * it was (the kind decides the problem code). An HTTP status is not a failure here; the checks judge
 * statuses themselves.
 */
public final class FetchException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, with the problem code reported for it. */
    public enum Kind {
        /** The address is not allowed by the address policy. */
        BLOCKED("net.blocked"),
        /** No connection or no valid HTTP answer: unknown host, refused, reset, TLS, malformed. */
        UNREACHABLE("net.unreachable"),
        /** A connect or read timeout, or the file's time budget ran out. */
        TIMEOUT("net.timeout"),
        /** The body is larger than the limit. */
        TOO_LARGE("net.too-large"),
        /** Too many redirects, or a redirect to something other than http(s). */
        REDIRECT("net.redirect"),
        /** The URL's scheme is not http or https. */
        UNSUPPORTED_SCHEME("net.unsupported-scheme");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /**
         * The problem code.
         *
         * @return for example {@code net.timeout}
         */
        public String code() {
            return code;
        }
    }

    private final Kind kind;

    FetchException(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    FetchException(Kind kind, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
    }

    /**
     * The kind of failure.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The reason, for a message: {@code connection refused by 192.0.2.1:443}.
     *
     * @return the reason
     */
    public String reason() {
        return getMessage();
    }
}
