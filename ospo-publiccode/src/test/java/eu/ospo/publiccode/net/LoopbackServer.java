package eu.ospo.publiccode.net;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real HTTP (or HTTPS) server on 127.0.0.1 for tests of the online checks: answers by route (host
 * and path, first match wins; 404 otherwise), records every request, and counts requests in flight.
 * Its {@link #options()} let a parser reach it: the loopback address policy for tests and a resolver
 * that sends every host name to this server.
 */
public final class LoopbackServer implements AutoCloseable {

    /** How a route answers. */
    @FunctionalInterface
    public interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    /**
     * One request as seen by the server.
     *
     * @param method the method
     * @param host the Host header without port
     * @param target path and query
     * @param userAgent the User-Agent header
     */
    public record Seen(String method, String host, String target, String userAgent) {}

    private record Route(Predicate<Seen> matches, Answer answer) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "loopback-server");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private LoopbackServer(HttpServer server) {
        this.server = server;
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * A plain HTTP server.
     *
     * @return the started server
     */
    public static LoopbackServer http() throws IOException {
        return new LoopbackServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    }

    /**
     * An HTTPS server with the test certificate.
     *
     * @param tls the certificate
     * @return the started server
     */
    public static LoopbackServer https(TestTls tls) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls.server()));
        return new LoopbackServer(server);
    }

    /** The port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT} + path. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** {@code http://HOST:PORT} + path, for a name the {@link #resolver()} sends here. */
    public String url(String host, String path) {
        return "http://" + host + ":" + port() + path;
    }

    /** Answers requests whose path (without query) is {@code path}, on any host. */
    public LoopbackServer on(String path, Answer answer) {
        return on(s -> pathOf(s).equals(path), answer);
    }

    /** Answers requests the predicate selects. */
    public LoopbackServer on(Predicate<Seen> matches, Answer answer) {
        routes.add(new Route(matches, answer));
        return this;
    }

    /** Every request so far. */
    public List<Seen> requests() {
        return List.copyOf(seen);
    }

    /** The requests to a path (without query). */
    public List<Seen> requests(String path) {
        return seen.stream().filter(s -> pathOf(s).equals(path)).toList();
    }

    /** The most requests that were in flight at the same time. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    /** Sends every host name, on any port, to this server. */
    public HostResolver resolver() {
        return (host, port) -> List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()));
    }

    /** Network options that reach this server: loopback allowed for tests, every name sent here. */
    public NetworkOptions.Builder options() {
        return NetworkOptions.builder()
                .addressPolicy(AddressPolicy.PUBLIC_AND_LOOPBACK_FOR_TESTS)
                .resolver(resolver());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        host = host == null ? "" : host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
        Seen request = new Seen(
                exchange.getRequestMethod(),
                host,
                exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null
                                ? ""
                                : "?" + exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders().getFirst("User-Agent"));
        seen.add(request);
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            for (Route route : routes) {
                if (route.matches().test(request)) {
                    route.answer().answer(exchange);
                    return;
                }
            }
            status(404).answer(exchange);
        } catch (IOException e) {
            // the client went away (for example after reading only the status): nothing to do
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static String pathOf(Seen seen) {
        int question = seen.target().indexOf('?');
        return question < 0 ? seen.target() : seen.target().substring(0, question);
    }

    // answers

    /** An empty answer with a status. */
    public static Answer status(int status) {
        return exchange -> {
            exchange.sendResponseHeaders(status, -1);
        };
    }

    /** A body with a content type. */
    public static Answer body(String contentType, byte[] body) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length == 0 ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        };
    }

    /** An HTML page. */
    public static Answer page() {
        return body("text/html; charset=utf-8", "<!doctype html><title>ok</title>".getBytes(StandardCharsets.UTF_8));
    }

    /** A redirect. */
    public static Answer redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
        };
    }

    /** The same answer after a pause. */
    public static Answer after(Duration delay, Answer answer) {
        return exchange -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            answer.answer(exchange);
        };
    }

    /** A body of {@code size} bytes, streamed (chunked when {@code declared} is false). */
    public static Answer huge(long size, boolean declared) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, declared ? size : 0);
            byte[] block = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                for (long sent = 0; sent < size; sent += block.length) {
                    out.write(block, 0, (int) Math.min(block.length, size - sent));
                }
            }
        };
    }
}
