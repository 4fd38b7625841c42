package eu.ospo.publiccode.net;

import static eu.ospo.publiccode.net.LoopbackServer.after;
import static eu.ospo.publiccode.net.LoopbackServer.body;
import static eu.ospo.publiccode.net.LoopbackServer.huge;
import static eu.ospo.publiccode.net.LoopbackServer.page;
import static eu.ospo.publiccode.net.LoopbackServer.redirect;
import static eu.ospo.publiccode.net.LoopbackServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.Verdict;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The online checks, end to end through {@link PubliccodeParser}, against a server on loopback. */
class OnlineChecksTest {

    /** A 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] SVG =
            "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
    static final byte[] HTML = "<!DOCTYPE html><html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8);

    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.http();
        server.on("/org/repo/info/refs", body("application/x-git-upload-pack-advertisement", new byte[0]))
                .on("/org/repo", page())
                .on("/landing", page())
                .on("/roadmap", page())
                .on("/docs", page())
                .on("/api-docs", page())
                .on("/logo.png", body("image/png", PNG))
                .on("/logo.svg", body("image/svg+xml", SVG))
                .on("/shot.jpg", body("image/jpeg", JPEG))
                .on("/html.png", body("image/png", HTML))
                .on("/html.svg", body("image/svg+xml", HTML))
                .on("/html.jpg", body("image/jpeg", HTML))
                .on("/huge.png", huge(50L << 20, false))
                .on("/gone", status(404))
                .on("/gone.png", status(404))
                .on("/forbidden", status(403))
                .on("/broken", status(500))
                .on("/busy", status(429))
                .on("/metadata", redirect(302, "http://169.254.169.254/latest/meta-data/"))
                .on("/slow", after(Duration.ofSeconds(30), page()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String at(String path) {
        return server.url("site.test", path);
    }

    private TestFile file() {
        return TestFile.withUrl(server.url("git.test", "/org/repo"))
                .with("landingURL", at("/landing"))
                .with("roadmap", at("/roadmap"))
                .with("logo", at("/logo.png"))
                .with("documentation", at("/docs"))
                .with("apiDocumentation", at("/api-docs"))
                .with("screenshot", at("/shot.jpg"));
    }

    private PubliccodeResult parse(TestFile file) {
        return parse(server.options().build(), file);
    }

    private static PubliccodeResult parse(NetworkOptions options, TestFile file) {
        return PubliccodeParser.builder().network(options).build().parse(file.yaml());
    }

    @Test
    void aFileWhoseUrlsAllAnswerIsValid() {
        PubliccodeResult result = parse(file());
        assertThat(result.problems()).isEmpty();
        assertThat(result.publicCode()).isPresent();
        assertThat(server.requests())
                .extracting(LoopbackServer.Seen::target)
                .contains("/org/repo", "/landing", "/roadmap", "/logo.png", "/docs", "/api-docs", "/shot.jpg")
                .contains("/org/repo/info/refs?service=git-upload-pack");
    }

    @Test
    void withoutNetworkNothingIsRequested() {
        PubliccodeResult offline = PubliccodeParser.builder().build().parse(file().yaml());
        assertThat(offline.problems()).isEmpty();
        TestFile broken = file().with("landingURL", at("/gone")).with("logo", at("/gone.png"));
        assertThat(PubliccodeParser.builder().build().parse(broken.yaml()).problems())
                .isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void unreachableUrlsArePositionedErrorsInTheReferenceShape() {
        TestFile file = file().with("landingURL", at("/gone"))
                .with("roadmap", at("/forbidden"))
                .with("documentation", at("/broken"))
                .with("apiDocumentation", at("/metadata"));
        PubliccodeResult result = parse(file);
        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.publicCode()).isEmpty();
        assertThat(described(result))
                .containsExactly(
                        error(
                                "net.status",
                                "landingURL",
                                file.line("landingURL"),
                                1,
                                "'" + at("/gone") + "' not reachable: HTTP GET failed for " + at("/gone")
                                        + ": not found"),
                        error(
                                "net.status",
                                "roadmap",
                                file.line("roadmap"),
                                1,
                                "'" + at("/forbidden") + "' not reachable: HTTP GET failed for " + at("/forbidden")
                                        + ": forbidden resource"),
                        error(
                                "net.status",
                                "description.en.documentation",
                                file.line("documentation"),
                                5,
                                "'" + at("/broken") + "' not reachable: HTTP GET failed for " + at("/broken")
                                        + ": status code 500"),
                        error(
                                "net.blocked",
                                "description.en.apiDocumentation",
                                file.line("apiDocumentation"),
                                5,
                                "'" + at("/metadata") + "' not reachable: HTTP GET failed for " + at("/metadata")
                                        + ": refused to connect to 169.254.169.254, a link-local address"
                                        + " (only public addresses are allowed)"));
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.arguments()).containsKey("url"));
    }

    @Test
    void aValueWithoutSchemeIsReportedWithoutARequest() {
        PubliccodeResult result = parse(file().with("landingURL", "???"));
        assertThat(result.problems())
                .extracting(Problem::code, Problem::key, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "value.http-url", "landingURL", "landingURL must be an HTTP URL"),
                        org.assertj.core.groups.Tuple.tuple(
                                "net.no-scheme", "landingURL", "'???' not reachable: missing URL scheme"));
        // every request went to the hosts of the other values
        assertThat(server.requests())
                .allMatch(seen -> seen.host().equals("git.test") || seen.host().equals("site.test"));
        assertThat(server.requests("/landing")).isEmpty();
    }

    @Test
    void tooManyRequestsIsAWarningNotAVerdict() {
        PubliccodeResult result = parse(file().with("roadmap", at("/busy")));
        assertThat(result.verdict()).isEqualTo(Verdict.VALID_WITH_WARNINGS);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("net.rate-limited");
            assertThat(p.message()).endsWith(": too many requests (status 429)");
        });
    }

    @Test
    void urlMustBeARepository() {
        server.on("/hg/project", r -> {
            if ("cmd=capabilities".equals(r.getRequestURI().getRawQuery())) {
                body(
                                "application/mercurial-0.1",
                                "lookup branchmap pushkey known getbundle".getBytes(StandardCharsets.US_ASCII))
                        .answer(r);
            } else {
                page().answer(r);
            }
        });
        server.on("/plain/site", page());
        server.on(s -> s.host().equals("lab.test") && s.target().equals("/api"), exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "_gitlab_session=abc; path=/; HttpOnly");
            exchange.sendResponseHeaders(200, -1);
        });
        server.on(s -> s.host().equals("lab.test"), page());

        assertThat(codes(parse(file()))).isEmpty(); // git smart HTTP
        assertThat(codes(parse(file().with("url", server.url("hg.test", "/hg/project")))))
                .isEmpty();
        assertThat(codes(parse(file().with("url", server.url("lab.test", "/group/project")))))
                .isEmpty();
        assertThat(parse(file().with("url", server.url("lab.test", "/group/project/-/blob/main/x")))
                        .problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("net.not-repository");
                    assertThat(p.key()).isEqualTo("url");
                    assertThat(p.message()).isEqualTo("is not a valid code repository");
                });
        assertThat(codes(parse(file().with("url", server.url("web.test", "/plain/site")))))
                .containsExactly("net.not-repository");
    }

    @Test
    void knownCodeHostsAreJudgedByTheShapeOfTheUrl() {
        server.on(s -> s.host().equals("github.com"), page());
        NetworkOptions options = server.options()
                .resolver(
                        (host, port) -> List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port())))
                .build();
        String github = "http://github.com:" + server.port();
        assertThat(codes(parse(options, file().with("url", github + "/org/repo"))))
                .isEmpty();
        assertThat(codes(parse(options, file().with("url", github + "/org/repo/"))))
                .isEmpty();
        assertThat(codes(parse(options, file().with("url", github + "/org")))).containsExactly("net.not-repository");
        assertThat(server.requests())
                .filteredOn(s -> s.host().equals("github.com"))
                .extracting(LoopbackServer.Seen::target)
                .containsOnly("/org/repo", "/org/repo/", "/org");
    }

    @Test
    void remoteLogosAndScreenshotsAreFetchedAndSniffed() {
        TestFile file = file();
        assertThat(parse(file.with("logo", at("/logo.svg"))).problems()).isEmpty();

        PubliccodeResult notPng = parse(file().with("logo", at("/html.png")));
        assertThat(described(notPng))
                .containsExactly(error("file.not-png", "logo", file.line("logo"), 1, "image: unknown format"));

        PubliccodeResult htmlSvg = parse(file().with("logo", at("/html.svg")));
        assertThat(htmlSvg.verdict()).isEqualTo(Verdict.VALID_WITH_WARNINGS);
        assertThat(htmlSvg.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("net.not-image");
            assertThat(p.message()).isEqualTo("the content at " + at("/html.svg") + " is text/html, not image/svg+xml");
        });

        assertThat(described(parse(file().with("logo", at("/gone.png")))))
                .containsExactly(error(
                        "net.status",
                        "logo",
                        file.line("logo"),
                        1,
                        "HTTP GET failed for " + at("/gone.png") + ": not found"));
        assertThat(described(parse(file().with("logo", at("/logo.gif")))))
                .containsExactly(error(
                        "file.extension",
                        "logo",
                        file.line("logo"),
                        1,
                        "invalid file extension for: " + at("/logo.gif")));
        assertThat(parse(file().with("logo", at("/huge.png"))).problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("net.too-large");
                    assertThat(p.message()).endsWith(": response body larger than 5242880 bytes");
                });

        TestFile shot = file().with("screenshot", at("/html.jpg"));
        assertThat(parse(shot).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("net.not-image");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.key()).isEqualTo("description.en.screenshots[0]");
            assertThat(p.line()).isEqualTo(shot.line("screenshot"));
            assertThat(p.column()).isEqualTo(9);
            assertThat(p.message())
                    .isEqualTo("'" + at("/html.jpg") + "' is not an image: the content at " + at("/html.jpg")
                            + " is text/html, not image/jpeg");
        });
        TestFile missing = file().with("screenshot", at("/gone.png"));
        assertThat(described(parse(missing)))
                .containsExactly(error(
                        "net.status",
                        "description.en.screenshots[0]",
                        missing.line("screenshot"),
                        9,
                        "'" + at("/gone.png") + "' is not an image: HTTP GET failed for " + at("/gone.png")
                                + ": not found"));
    }

    @Test
    void relatedUrlsTheReferenceDoesNotCheckOnlyWarn() {
        PubliccodeResult result = parse(file().with("isBasedOn", at("/gone")).with("fundedBy", at("/forbidden")));
        assertThat(result.verdict()).isEqualTo(Verdict.VALID_WITH_WARNINGS);
        assertThat(result.problems())
                .extracting(Problem::code, Problem::key, Problem::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("net.status", "isBasedOn[0]", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("net.status", "fundedBy[0].uri", Severity.WARNING));
    }

    @Test
    void theFileBudgetBoundsAllChecksOfAFile() {
        TestFile file = file().with("landingURL", at("/slow"))
                .with("roadmap", at("/slow"))
                .with("documentation", at("/slow"));
        NetworkOptions options =
                server.options().fileBudget(Duration.ofMillis(800)).build();
        long start = System.nanoTime();
        PubliccodeResult result = parse(options, file);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result.problems())
                .extracting(Problem::code, Problem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("net.timeout", "landingURL"),
                        org.assertj.core.groups.Tuple.tuple("net.timeout", "roadmap"),
                        org.assertj.core.groups.Tuple.tuple("net.timeout", "description.en.documentation"));
        assertThat(result.problems())
                .allSatisfy(p -> assertThat(p.message()).endsWith("the time budget of 800 ms for this file ran out"));
        // the three slow answers take 30 s each; the file is done when its budget is
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void answersAreCachedPerParserButTimeoutsAreNot() {
        PubliccodeParser parser =
                PubliccodeParser.builder().network(server.options().build()).build();
        parser.parse(file().yaml());
        parser.parse(file().yaml());
        assertThat(server.requests("/landing")).hasSize(1);
        assertThat(server.requests("/logo.png")).hasSize(1);

        PubliccodeParser uncached = PubliccodeParser.builder()
                .network(server.options().cacheSize(0).build())
                .build();
        uncached.parse(file().yaml());
        uncached.parse(file().yaml());
        assertThat(server.requests("/landing")).hasSize(3);

        PubliccodeParser hurried = PubliccodeParser.builder()
                .network(server.options().fileBudget(Duration.ofMillis(300)).build())
                .build();
        hurried.parse(file().with("roadmap", at("/slow")).yaml());
        hurried.parse(file().with("roadmap", at("/slow")).yaml());
        assertThat(server.requests("/slow")).hasSize(2);
    }

    @Test
    void requestsToOneHostAreBounded() {
        AtomicInteger most = delayedAnswersCounted();
        TestFile file = file().with("landingURL", at("/delayed?1"))
                .with("roadmap", at("/delayed?2"))
                .with("documentation", at("/delayed?3"))
                .with("apiDocumentation", at("/delayed?4"))
                .with("isBasedOn", at("/delayed?5"));
        long started = System.nanoTime();
        PubliccodeResult result =
                parse(server.options().maxConnectionsPerHost(2).build(), file);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(result.problems()).isEmpty();
        assertThat(server.requests("/delayed")).hasSize(5);
        // five 300 ms answers two at a time need three rounds: at least 900 ms (all at once would take
        // 300 ms). A lower bound holds on a loaded machine too; the server's own in-flight count does
        // not, because it sees a request end only after the client already has the answer and has sent
        // the next one.
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(880));
        assertThat(most).hasValue(2);
    }

    @Test
    void requestsOfOneParserAreBoundedInAll() {
        AtomicInteger most = delayedAnswersCounted();
        TestFile file = file().with("landingURL", server.url("a.test", "/delayed?1"))
                .with("roadmap", server.url("b.test", "/delayed?2"))
                .with("documentation", server.url("c.test", "/delayed?3"))
                .with("apiDocumentation", server.url("d.test", "/delayed?4"))
                .with("isBasedOn", server.url("e.test", "/delayed?5"));
        PubliccodeResult result =
                parse(server.options().maxConcurrentRequests(2).build(), file);
        assertThat(result.problems()).isEmpty();
        assertThat(server.requests("/delayed")).hasSize(5);
        assertThat(most).hasValue(2);
    }

    /**
     * Answers {@code /delayed} after 300 ms and counts the most requests waiting there at once. The
     * count drops before the answer is written, so a client that starts its next request when it
     * has read an answer is never counted twice (the server's own in-flight count also covers the
     * writing of a body the client does not read).
     */
    private AtomicInteger delayedAnswersCounted() {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        server.on("/delayed", exchange -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                now.decrementAndGet();
            }
            page().answer(exchange);
        });
        return most;
    }

    @Test
    void parsersShareTheirRequestThreads() {
        // a new parser per file (validating files one by one) reuses the threads of the parsers
        // before it: each file runs about 10 requests at once, so 20 parsers with a pool of their
        // own would leave about 200 idle threads behind for 30 s
        long before = requestThreads();
        for (int i = 0; i < 20; i++) {
            assertThat(parse(file()).problems()).isEmpty();
        }
        assertThat(server.requests()).hasSizeGreaterThanOrEqualTo(20 * 7);
        assertThat(requestThreads() - before).isLessThan(60);
    }

    private static long requestThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("ospo-net-"))
                .count();
    }

    @Test
    void videosResolveThroughTheProvidersOEmbedEndpoint() throws IOException, GeneralSecurityException {
        TestTls tls = TestTls.forHost("www.youtube.com");
        try (LoopbackServer youtube = LoopbackServer.https(tls)) {
            youtube.on("/oembed", exchange -> {
                String query = exchange.getRequestURI().getRawQuery();
                if (query.contains("v%3Dgood") && query.endsWith("&format=json")) {
                    body(
                                    "application/json",
                                    "{\"type\":\"video\",\"version\":\"1.0\",\"html\":\"<iframe>\"}"
                                            .getBytes(StandardCharsets.UTF_8))
                            .answer(exchange);
                } else if (query.contains("v%3Dhtml")) {
                    body("text/html", HTML).answer(exchange);
                } else {
                    status(404).answer(exchange);
                }
            });
            NetworkOptions options = server.options()
                    .sslContext(tls.client())
                    .resolver((host, port) -> List.of(new InetSocketAddress(
                            InetAddress.getLoopbackAddress(),
                            host.equals("www.youtube.com") ? youtube.port() : server.port())))
                    .build();
            TestFile good = file().with("video", "https://www.youtube.com/watch?v=good");
            assertThat(parse(options, good).problems()).isEmpty();

            TestFile gone = file().with("video", "https://www.youtube.com/watch?v=gone");
            assertThat(parse(options, gone).problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("net.video-unresolved");
                assertThat(p.severity()).isEqualTo(Severity.WARNING);
                assertThat(p.key()).isEqualTo("description.en.videos[0]");
                assertThat(p.line()).isEqualTo(gone.line("video"));
                assertThat(p.message())
                        .isEqualTo("'https://www.youtube.com/watch?v=gone' could not be resolved through its oEmbed"
                                + " provider: HTTP GET failed for https://www.youtube.com/oembed?url=https%3A%2F%2F"
                                + "www.youtube.com%2Fwatch%3Fv%3Dgone&format=json: not found");
            });
            assertThat(parse(options, file().with("video", "https://www.youtube.com/watch?v=html"))
                            .problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).endsWith("did not answer with an oEmbed JSON object"));
            // no request for a URL no provider serves: the offline error says it all
            assertThat(codes(parse(options, file().with("video", "https://example.org/video"))))
                    .containsExactly("value.video");
            assertThat(youtube.requests()).hasSize(3);
        }
    }

    static List<String> codes(PubliccodeResult result) {
        return result.problems().stream().map(Problem::code).toList();
    }

    /** A problem as a line: {@code E code key line:column message} (arguments left out). */
    static String error(String code, String key, int line, int column, String message) {
        return "E " + code + " " + key + " " + line + ":" + column + " " + message;
    }

    static List<String> described(PubliccodeResult result) {
        return result.problems().stream()
                .map(p -> (p.isError() ? "E " : "W ") + p.code() + " " + p.key() + " " + p.line() + ":" + p.column()
                        + " " + p.message())
                .toList();
    }
}
