package eu.ospo.publiccode.internal.net;

import static eu.ospo.publiccode.net.LoopbackServer.after;
import static eu.ospo.publiccode.net.LoopbackServer.body;
import static eu.ospo.publiccode.net.LoopbackServer.huge;
import static eu.ospo.publiccode.net.LoopbackServer.page;
import static eu.ospo.publiccode.net.LoopbackServer.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.ospo.publiccode.net.AddressPolicy;
import eu.ospo.publiccode.net.HostResolver;
import eu.ospo.publiccode.net.LoopbackServer;
import eu.ospo.publiccode.net.NetworkOptions;
import eu.ospo.publiccode.net.TestTls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guarded client against a real server on loopback. */
class FetcherTest {

    private static final Fetcher.Request PAGE = new Fetcher.Request("GET", "*/*", 1024);
    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.http();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Response fetch(NetworkOptions options, String url) throws FetchException {
        return new Fetcher(options).fetch(PAGE, WebAddress.parse(url), Deadline.in(options.fileBudget()));
    }

    private FetchException failure(NetworkOptions options, String url) {
        try {
            Response response = fetch(options, url);
            throw new AssertionError("expected a failure, got status " + response.status());
        } catch (FetchException e) {
            return e;
        }
    }

    @Test
    void getsAnAnswerWithOspoAsUserAgent() throws FetchException {
        server.on("/hello", body("text/plain", "hi".getBytes(StandardCharsets.UTF_8)));
        Response response = fetch(server.options().build(), server.url("/hello"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("hi");
        assertThat(server.requests()).singleElement().satisfies(seen -> {
            assertThat(seen.userAgent()).matches("ospo/\\S+ \\(publiccode.yml checks\\)");
            assertThat(seen.userAgent()).doesNotContain("unknown");
        });
    }

    @Test
    void publicOnlyRefusesLoopbackBeforeConnecting() {
        server.on("/", page());
        NetworkOptions options =
                NetworkOptions.builder().resolver(server.resolver()).build();
        FetchException e = failure(options, "http://example.test:" + server.port() + "/");
        assertThat(e.kind()).isEqualTo(FetchException.Kind.BLOCKED);
        assertThat(e.reason()).contains("127.0.0.1", "loopback", "only public addresses");
        assertThat(server.requests()).isEmpty();
    }

    /** Each spelling is decoded here, never sent to a resolver, and refused. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "2130706433",
                "0x7f000001",
                "0x7f.1",
                "0177.0.0.1",
                "127.1",
                "[::1]",
                "[::ffff:127.0.0.1]",
                "[::ffff:7f00:1]",
                "169.254.169.254",
                "0xa9fea9fe",
                "[::ffff:a9fe:a9fe]",
                "10.1.2.3",
                "0",
                "[::]",
                "100.64.0.1",
                "[fc00::1]",
                "[fe80::1]",
                "224.0.0.1",
                "[64:ff9b::7f00:1]",
                "[2002:7f00:1::]"
            })
    void refusesEverySpellingOfASpecialAddress(String host) {
        HostResolver never = (name, port) -> {
            throw new AssertionError("resolver asked for " + name);
        };
        NetworkOptions options = NetworkOptions.builder().resolver(never).build();
        FetchException e = failure(options, "http://" + host + ":" + server.port() + "/");
        assertThat(e.kind()).isEqualTo(FetchException.Kind.BLOCKED);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void namesThatResolveToPrivateAddressesAreRefused() {
        HostResolver internal = (name, port) -> List.of(
                new InetSocketAddress(InetAddress.getByAddress(new byte[] {10, 0, 0, 1}), port),
                new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) 192, (byte) 168, 0, 1}), port));
        FetchException e = failure(NetworkOptions.builder().resolver(internal).build(), "https://intranet.test/");
        assertThat(e.kind()).isEqualTo(FetchException.Kind.BLOCKED);
        assertThat(e.reason()).contains("10.0.0.1", "private");
    }

    /**
     * DNS rebinding: the name is resolved once, and the connection goes to the checked address even
     * if a second lookup would answer differently.
     */
    @Test
    void connectsToTheAddressThatWasCheckedAndResolvesOnce() throws Exception {
        server.on("/", page());
        AtomicInteger lookups = new AtomicInteger();
        HostResolver rebinding = (name, port) -> lookups.incrementAndGet() == 1
                ? List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()))
                : List.of(new InetSocketAddress(InetAddress.getByAddress(new byte[] {10, 0, 0, 1}), port));
        NetworkOptions options = NetworkOptions.builder()
                .addressPolicy(AddressPolicy.PUBLIC_AND_LOOPBACK_FOR_TESTS)
                .resolver(rebinding)
                .build();
        assertThat(fetch(options, "http://rebind.test/").status()).isEqualTo(200);
        assertThat(lookups).hasValue(1);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void skipsRefusedAddressesAndConnectsToAnAllowedOne() throws Exception {
        server.on("/", page());
        HostResolver mixed = (name, port) -> List.of(
                new InetSocketAddress(InetAddress.getByAddress(new byte[] {10, 0, 0, 1}), port),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));
        NetworkOptions options = NetworkOptions.builder()
                .addressPolicy(AddressPolicy.PUBLIC_AND_LOOPBACK_FOR_TESTS)
                .resolver(mixed)
                .build();
        assertThat(fetch(options, "http://mixed.test/").status()).isEqualTo(200);
    }

    @Test
    void followsRedirectsAndChecksEveryHop() throws FetchException {
        server.on("/a", redirect(301, "/b"))
                .on("/b", redirect(302, server.url("c.test", "/c")))
                .on("/c", redirect(307, "d?x=1"))
                .on("/d", page())
                .on("/metadata", redirect(302, "http://169.254.169.254/latest/meta-data/"))
                .on("/mapped", redirect(302, "http://[::ffff:a9fe:a9fe]/"))
                .on("/private-name", redirect(302, "http://10.0.0.1.nip.test/"));
        NetworkOptions options = server.options().build();
        Response response = fetch(options, server.url("/a"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.url()).hasToString("http://c.test:" + server.port() + "/d?x=1");

        assertThat(failure(options, server.url("/metadata")).kind()).isEqualTo(FetchException.Kind.BLOCKED);
        assertThat(failure(options, server.url("/mapped")).kind()).isEqualTo(FetchException.Kind.BLOCKED);
        NetworkOptions internalDns = server.options()
                .resolver((name, port) -> name.equals("10.0.0.1.nip.test")
                        ? List.of(new InetSocketAddress(InetAddress.getByAddress(new byte[] {10, 0, 0, 1}), port))
                        : server.resolver().resolve(name, port))
                .build();
        assertThat(failure(internalDns, server.url("/private-name")).kind()).isEqualTo(FetchException.Kind.BLOCKED);
        assertThat(server.requests()).noneMatch(seen -> seen.target().contains("meta-data"));
    }

    @Test
    void stopsAfterFiveRedirectsAndRefusesOtherSchemes() {
        for (int i = 0; i < 10; i++) {
            server.on("/loop/" + i, redirect(302, "/loop/" + (i + 1)));
        }
        server.on("/ftp", redirect(302, "ftp://example.org/file")).on("/file", redirect(302, "file:///etc/passwd"));
        NetworkOptions options = server.options().build();
        FetchException loop = failure(options, server.url("/loop/0"));
        assertThat(loop.kind()).isEqualTo(FetchException.Kind.REDIRECT);
        assertThat(loop.reason()).isEqualTo("stopped after 5 redirects");
        assertThat(server.requests()).hasSize(6);
        assertThat(failure(options, server.url("/ftp")).reason())
                .isEqualTo("redirect with unsupported protocol scheme \"ftp\"");
        assertThat(failure(options, server.url("/file")).kind()).isEqualTo(FetchException.Kind.REDIRECT);
        assertThat(failure(server.options().maxRedirects(0).build(), server.url("/loop/0"))
                        .reason())
                .isEqualTo("stopped after 0 redirects");
    }

    @Test
    void readTimeoutAndTheFileBudgetEndSlowAnswers() {
        server.on("/slow", after(Duration.ofSeconds(20), page()));
        FetchException read =
                failure(server.options().readTimeout(Duration.ofMillis(300)).build(), server.url("/slow"));
        assertThat(read.kind()).isEqualTo(FetchException.Kind.TIMEOUT);
        assertThat(read.reason()).isEqualTo("no answer within 300 ms");
        FetchException budget =
                failure(server.options().fileBudget(Duration.ofMillis(300)).build(), server.url("/slow"));
        assertThat(budget.kind()).isEqualTo(FetchException.Kind.TIMEOUT);
        assertThat(budget.reason()).isEqualTo("the time budget of 300 ms for this file ran out");
    }

    /** A server that sends a byte every 50 ms never trips the read timeout, but the budget ends it. */
    @Test
    void theBudgetEndsAnAnswerThatTricklesIn() throws Exception {
        try (Scripted trickle = new Scripted(socket -> {
            OutputStream out = socket.getOutputStream();
            for (byte b : "HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII)) {
                out.write(b);
                out.flush();
            }
            for (int i = 0; i < 400; i++) {
                out.write('a');
                out.flush();
                Thread.sleep(50);
            }
        })) {
            NetworkOptions options =
                    trickle.options().fileBudget(Duration.ofMillis(700)).build();
            FetchException e = failure(options, "http://trickle.test/");
            assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT);
            assertThat(e.reason()).contains("time budget of 700 ms");
        }
    }

    @Test
    void bodiesOverTheCapAreRefused() {
        server.on("/declared", huge(100L << 20, true))
                .on("/chunked", huge(3L << 20, false))
                .on("/small", huge(1000, true));
        Fetcher fetcher = new Fetcher(server.options().build());
        Fetcher.Request capped = new Fetcher.Request("GET", "*/*", 1L << 20);
        assertThatThrownBy(() -> fetcher.fetch(
                        capped, WebAddress.parse(server.url("/declared")), Deadline.in(Duration.ofSeconds(10))))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE);
                    assertThat(e.reason()).isEqualTo("response body larger than 1048576 bytes");
                });
        assertThatThrownBy(() -> fetcher.fetch(
                        capped, WebAddress.parse(server.url("/chunked")), Deadline.in(Duration.ofSeconds(10))))
                .isInstanceOfSatisfying(
                        FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE));
        Fetcher.Request truncating = new Fetcher.Request("GET", "*/*", 100, true);
        assertThat(catching(() -> fetcher.fetch(
                                truncating,
                                WebAddress.parse(server.url("/chunked")),
                                Deadline.in(Duration.ofSeconds(10))))
                        .body())
                .hasSize(100);
    }

    @Test
    void aStatusOnlyRequestDoesNotReadTheBody() throws FetchException {
        server.on("/declared", huge(100L << 20, true));
        Response response = new Fetcher(server.options().build())
                .fetch(
                        Fetcher.Request.status("*/*"),
                        WebAddress.parse(server.url("/declared")),
                        Deadline.in(Duration.ofSeconds(10)));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", // closed at once
                "SSH-2.0-OpenSSH_9.6\r\n",
                "HTTP/1.1 2000 OK\r\n\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length: 10\r\nContent-Length: 11\r\n\r\n0123456789",
                "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort",
                "HTTP/1.1 200 OK\r\n folded: x\r\n\r\n"
            })
    void malformedAnswersAreUnreachableNotExceptions(String answer) throws Exception {
        try (Scripted bad = new Scripted(socket -> {
            socket.getOutputStream().write(answer.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        })) {
            FetchException e = failure(bad.options().build(), "http://bad.test/");
            assertThat(e.kind()).isEqualTo(FetchException.Kind.UNREACHABLE);
        }
    }

    @Test
    void readsChunkedAndUntilCloseBodies() throws Exception {
        try (Scripted chunked = new Scripted(socket -> socket.getOutputStream()
                .write(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                + "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: x\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII)))) {
            assertThat(new String(
                            fetch(chunked.options().build(), "http://c.test/").body(), StandardCharsets.UTF_8))
                    .isEqualTo("hello world");
        }
        try (Scripted close = new Scripted(socket -> socket.getOutputStream()
                .write("HTTP/1.0 200 OK\r\n\r\nuntil close".getBytes(StandardCharsets.US_ASCII)))) {
            assertThat(new String(
                            fetch(close.options().build(), "http://c.test/").body(), StandardCharsets.UTF_8))
                    .isEqualTo("until close");
        }
    }

    @Test
    void unknownHostsAndClosedPortsAreUnreachable() throws IOException {
        HostResolver none = (name, port) -> {
            throw new java.net.UnknownHostException(name);
        };
        FetchException unknown = failure(NetworkOptions.builder().resolver(none).build(), "https://nowhere.test/");
        assertThat(unknown.kind()).isEqualTo(FetchException.Kind.UNREACHABLE);
        assertThat(unknown.reason()).isEqualTo("unknown host nowhere.test");

        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        FetchException refused = failure(server.options().build(), "http://127.0.0.1:" + closed + "/");
        assertThat(refused.kind()).isEqualTo(FetchException.Kind.UNREACHABLE);
        assertThat(refused.reason()).isEqualTo("connection refused by 127.0.0.1:" + closed);
    }

    @Test
    void httpsVerifiesTheCertificateAndTheHostName() throws IOException, GeneralSecurityException {
        TestTls tls = TestTls.forHost("secure.test");
        try (LoopbackServer secure = LoopbackServer.https(tls)) {
            secure.on("/", page());
            NetworkOptions trusting = secure.options().sslContext(tls.client()).build();
            assertThat(fetch(trusting, "https://secure.test/").status()).isEqualTo(200);

            FetchException untrusted = failure(secure.options().build(), "https://secure.test/");
            assertThat(untrusted.kind()).isEqualTo(FetchException.Kind.UNREACHABLE);
            assertThat(untrusted.reason()).startsWith("TLS handshake with secure.test failed");

            FetchException wrongName = failure(trusting, "https://other.test/");
            assertThat(wrongName.kind()).isEqualTo(FetchException.Kind.UNREACHABLE);
            assertThat(wrongName.reason()).startsWith("TLS handshake with other.test failed");
        }
    }

    private static Response catching(ThrowingSupplier supplier) {
        try {
            return supplier.get();
        } catch (FetchException e) {
            throw new AssertionError(e);
        }
    }

    private interface ThrowingSupplier {
        Response get() throws FetchException;
    }

    /** A raw TCP server that answers every connection with a script, for answers no real server sends. */
    private static final class Scripted implements AutoCloseable {
        interface Script {
            void run(Socket socket) throws Exception;
        }

        private final ServerSocket socket;
        private final Thread thread;
        private final List<Socket> accepted = new ArrayList<>();

        Scripted(Script script) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        synchronized (accepted) {
                            accepted.add(client);
                        }
                        InputStream in = client.getInputStream();
                        readHead(in);
                        script.run(client);
                    } catch (Exception e) {
                        // the client went away, or the server is closing
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        private static void readHead(InputStream in) throws IOException {
            int state = 0;
            while (state < 4) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3))
                        ? state + 1
                        : 0;
            }
        }

        NetworkOptions.Builder options() {
            return NetworkOptions.builder()
                    .addressPolicy(AddressPolicy.PUBLIC_AND_LOOPBACK_FOR_TESTS)
                    .resolver((name, port) ->
                            List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort())));
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (accepted) {
                for (Socket s : accepted) {
                    s.close();
                }
            }
        }
    }
}
