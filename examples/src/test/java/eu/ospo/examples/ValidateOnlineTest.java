package eu.ospo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.ospo.problem.Verdict;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.net.AddressPolicy;
import eu.ospo.publiccode.net.NetworkOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example against a server on loopback that serves the example repository: its publiccode.yml
 * (with its URLs pointed at the server) and its logo.
 */
class ValidateOnlineTest {

    private static final Path SHARED_PERMITS = Path.of("repositories", "shared-permits");

    private HttpServer server;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private NetworkOptions options() {
        return NetworkOptions.builder()
                .addressPolicy(AddressPolicy.PUBLIC_AND_LOOPBACK_FOR_TESTS) // the test server is local
                .resolver((host, port) -> List.of(new InetSocketAddress(
                        InetAddress.getLoopbackAddress(), server.getAddress().getPort())))
                .build();
    }

    /** The example's publiccode.yml with every http(s) URL sent to the test server. */
    private void serve(String missing) throws IOException {
        String yaml = Files.readString(SHARED_PERMITS.resolve("publiccode.yml"), StandardCharsets.UTF_8)
                .replaceAll("https?://[A-Za-z0-9.-]+", base());
        byte[] logo = Files.readAllBytes(SHARED_PERMITS.resolve("logo.svg"));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/repo/publiccode.yml")) {
                answer(exchange, 200, yaml.getBytes(StandardCharsets.UTF_8));
            } else if (path.endsWith("logo.svg")) {
                answer(exchange, 200, logo);
            } else if (path.endsWith("/info/refs")) { // git's smart HTTP: the url is a repository
                exchange.getResponseHeaders().set("Content-Type", "application/x-git-upload-pack-advertisement");
                answer(exchange, 200, new byte[0]);
            } else if (path.equals(missing)) {
                answer(exchange, 404, new byte[0]);
            } else {
                answer(exchange, 200, "<!doctype html><title>ok</title>".getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(body);
        }
    }

    @Test
    void fetchesTheFileAndChecksWhatItNamesOnline() throws IOException {
        serve("/nothing-missing");
        PubliccodeResult result = ValidateOnline.validate(URI.create(base() + "/repo/publiccode.yml"), options(), out);
        assertThat(result.problems()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aPageThatIsGoneIsAPositionedError() throws IOException {
        String landing = Files.readAllLines(SHARED_PERMITS.resolve("publiccode.yml")).stream()
                .filter(line -> line.startsWith("landingURL:"))
                .findFirst()
                .orElseThrow()
                .replaceAll(".*https?://[A-Za-z0-9.-]+", "")
                .replace("\"", "")
                .strip();
        serve(landing.isEmpty() ? "/" : landing);
        PubliccodeResult result = ValidateOnline.validate(URI.create(base() + "/repo/publiccode.yml"), options(), out);
        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("error: landingURL: '" + base())
                .contains("not reachable: HTTP GET failed for " + base())
                .contains(": not found");
    }
}
