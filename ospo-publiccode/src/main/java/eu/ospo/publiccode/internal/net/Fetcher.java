package eu.ospo.publiccode.internal.net;

import eu.ospo.publiccode.net.NetworkOptions;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;

/**
 * Makes guarded requests and follows redirects by hand: at most {@link
 * NetworkOptions#maxRedirects()}, each hop to an {@code http} or {@code https} URL and each checked
 * by the {@link GuardedConnector} like the first. Redirect bodies are never read. Thread-safe.
 */
public final class Fetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final GuardedConnector connector;
    private final Duration readTimeout;
    private final int maxRedirects;
    private final String userAgent;

    /**
     * A fetcher with the given options.
     *
     * @param options the network options
     */
    public Fetcher(NetworkOptions options) {
        this.connector = new GuardedConnector(options);
        this.readTimeout = options.readTimeout();
        this.maxRedirects = options.maxRedirects();
        this.userAgent = UserAgent.VALUE;
    }

    /**
     * One request, redirects followed.
     *
     * @param request what to ask
     * @param url where
     * @param deadline when to give up
     * @return the final answer, whatever its status
     * @throws FetchException if there is no final answer
     */
    public Response fetch(Request request, WebAddress url, Deadline deadline) throws FetchException {
        String method = request.method();
        WebAddress current = url;
        for (int hop = 0; ; hop++) {
            if (deadline.passed()) {
                throw new FetchException(FetchException.Kind.TIMEOUT, deadline.exhausted());
            }
            Socket socket = connector.connect(current, deadline);
            try {
                Http1Exchange exchange = new Http1Exchange(socket, deadline, readTimeout);
                exchange.send(method, current, userAgent, request.accept());
                Http1Exchange.Head head = exchange.head();
                String location = head.first("location");
                if (REDIRECTS.contains(head.status()) && location != null) {
                    if (hop == maxRedirects) {
                        throw new FetchException(
                                FetchException.Kind.REDIRECT, "stopped after " + maxRedirects + " redirects");
                    }
                    current = next(current, location);
                    if (head.status() == 303 && !method.equals("HEAD")) {
                        method = "GET";
                    }
                    continue;
                }
                byte[] body = request.bodyCap() < 0
                        ? new byte[0]
                        : exchange.body(method, head, request.bodyCap(), request.truncate());
                return new Response(current, head.status(), head.headers(), body);
            } catch (FetchException e) {
                throw e;
            } catch (IOException e) {
                throw new FetchException(
                        FetchException.Kind.UNREACHABLE,
                        "connection failed while sending: " + GuardedConnector.describe(e),
                        e);
            } finally {
                GuardedConnector.close(socket);
            }
        }
    }

    private static WebAddress next(WebAddress current, String location) throws FetchException {
        try {
            return current.resolve(location);
        } catch (WebAddress.UnsupportedSchemeException e) {
            throw new FetchException(FetchException.Kind.REDIRECT, "redirect with " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new FetchException(
                    FetchException.Kind.REDIRECT, "redirect to an invalid location: " + e.getMessage(), e);
        }
    }

    /**
     * What to ask for.
     *
     * @param method {@code GET} or {@code HEAD}
     * @param accept the {@code Accept} header
     * @param bodyCap how many body bytes to read at most; negative: read none (status and headers
     *     decide)
     * @param truncate whether a longer body is cut at the cap (true) or a failure (false)
     */
    public record Request(String method, String accept, long bodyCap, boolean truncate) {

        /**
         * A request whose longer bodies are failures.
         *
         * @param method the method
         * @param accept the Accept header
         * @param bodyCap the body limit, negative for none
         */
        public Request(String method, String accept, long bodyCap) {
            this(method, accept, bodyCap, false);
        }

        /** A GET whose body is not read. */
        static Request status(String accept) {
            return new Request("GET", accept, -1);
        }
    }
}
