package eu.ospo.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.ospo.publiccode.net.AddressPolicy;
import eu.ospo.publiccode.net.HostResolver;
import eu.ospo.publiccode.net.NetworkOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 that answers every request after a fixed latency, as a fast remote
 * site would: paths ending in {@code .png} with a 1x1 PNG, {@code .../info/refs} with an empty git
 * ref advertisement (so a repository URL is recognised by git smart HTTP), everything else with a
 * small HTML page. It counts the requests and the most that were in flight at once. {@link
 * #options()} lets a parser reach it: the builder's test-only loopback address policy and a resolver
 * that sends every host name to this server (as the module's own tests do).
 */
final class LatencyServer implements AutoCloseable {

    /** A 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static final byte[] PAGE = "<!DOCTYPE html><html><body>ok</body></html>".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService executor;
    private final Duration latency;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private LatencyServer(Duration latency) throws IOException {
        this.latency = latency;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "latency-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
    }

    /**
     * Starts a server.
     *
     * @param latency how long each answer waits before its status line
     * @return the started server
     */
    static LatencyServer start(Duration latency) {
        try {
            return new LatencyServer(latency);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback server", e);
        }
    }

    /** The latency of every answer. */
    Duration latency() {
        return latency;
    }

    /** {@code http://HOST:PORT} + path, for any host name: {@link #options()} sends it here. */
    String url(String host, String path) {
        return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    /** Network options that reach this server (and nothing else). */
    NetworkOptions.Builder options() {
        int port = server.getAddress().getPort();
        HostResolver resolver =
                (host, ignored) -> List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return NetworkOptions.builder()
                .addressPolicy(AddressPolicy.PUBLIC_AND_LOOPBACK_FOR_TESTS)
                .resolver(resolver);
    }

    /** Requests answered so far. */
    int requests() {
        return requests.get();
    }

    /** The most requests in flight at the same time so far. */
    int maxInFlight() {
        return maxInFlight.get();
    }

    /** Forgets the counts. */
    void resetCounts() {
        requests.set(0);
        maxInFlight.set(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Thread.sleep(latency.toMillis());
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            String type;
            if (path.endsWith(".png")) {
                body = PNG;
                type = "image/png";
            } else if (path.endsWith("/info/refs")) {
                body = new byte[0];
                type = "application/x-git-upload-pack-advertisement";
            } else {
                body = PAGE;
                type = "text/html; charset=utf-8";
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head || body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
            requests.incrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
