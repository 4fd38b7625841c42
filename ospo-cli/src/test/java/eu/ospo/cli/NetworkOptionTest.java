package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.ospo.publiccode.net.AddressPolicy;
import eu.ospo.publiccode.net.NetworkOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --network} on {@code publiccode validate} and {@code check}, against a server on loopback. */
class NetworkOptionTest {

    @TempDir
    Path dir;

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** 404 under /gone, the valid file under /publiccode.yml, git's smart HTTP, a page elsewhere. */
    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = "<!doctype html><title>ok</title>".getBytes(StandardCharsets.UTF_8);
        int status = 200;
        if (path.startsWith("/gone")) {
            status = 404;
        } else if (path.equals("/publiccode.yml")) {
            body = online("/landing").getBytes(StandardCharsets.UTF_8);
        } else if (path.endsWith("/info/refs")) {
            exchange.getResponseHeaders().set("Content-Type", "application/x-git-upload-pack-advertisement");
            body = new byte[0];
        }
        exchange.sendResponseHeaders(status, status == 404 || body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(status == 404 ? new byte[0] : body);
        }
    }

    /** The valid fixture with its url on the server and a landingURL at {@code landing}. */
    private String online(String landing) {
        return Fixtures.VALID
                .replace("url: https://git.example.org/test/permits", "url: " + base() + "/test/permits")
                .replace("platforms:\n", "landingURL: " + base() + landing + "\nplatforms:\n");
    }

    /** A command line whose --network reaches the server (the real one allows public addresses only). */
    private CommandLine reachingTheServer() {
        NetworkOptions options = NetworkOptions.builder()
                .addressPolicy(AddressPolicy.PUBLIC_AND_LOOPBACK_FOR_TESTS)
                .resolver((host, port) -> List.of(new InetSocketAddress(
                        InetAddress.getLoopbackAddress(), server.getAddress().getPort())))
                .build();
        return OspoCommand.commandLine(Clock.systemDefaultZone(), options);
    }

    @Test
    void networkRunsTheOnlineChecksAndDropsTheNote() {
        String good =
                Fixtures.write(dir.resolve("good.yml"), online("/landing")).toString();
        String gone = Fixtures.write(dir.resolve("gone.yml"), online("/gone")).toString();

        Cli.Run run = Cli.run(reachingTheServer(), "publiccode", "validate", "--network", good, gone);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines())
                .containsExactly(
                        good + ": valid",
                        gone + ":4:1: error: landingURL: '" + base() + "/gone' not reachable: HTTP GET failed for "
                                + base() + "/gone: not found",
                        gone + ": invalid (1 error)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void withoutNetworkNothingIsFetchedAndTheReportSaysSo() {
        String gone = Fixtures.write(dir.resolve("gone.yml"), online("/gone")).toString();

        Cli.Run run = Cli.run(reachingTheServer(), "publiccode", "validate", gone);

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).containsExactly(gone + ": valid", ValidateCommandTest.OFFLINE);
        Cli.Run json = Cli.run(reachingTheServer(), "publiccode", "validate", "--format", "json", gone);
        assertThat(json.out()).doesNotContain("note:");
    }

    @Test
    void aUrlArgumentIsFetchedWithNetworkOnly() {
        String url = base() + "/publiccode.yml";

        Cli.Run online = Cli.run(reachingTheServer(), "publiccode", "validate", "--network", url);
        assertThat(online.exit()).isZero();
        assertThat(online.out()).isEqualTo(url + ": valid" + System.lineSeparator());

        Cli.Run offline = Cli.run(reachingTheServer(), "publiccode", "validate", url);
        assertThat(offline.exit()).isEqualTo(2);
        assertThat(offline.err())
                .isEqualTo("ospo: " + url + ": a URL is fetched only with --network" + System.lineSeparator());

        Cli.Run missing = Cli.run(reachingTheServer(), "publiccode", "validate", "--network", base() + "/gone.yml");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err())
                .isEqualTo("ospo: " + base() + "/gone.yml: cannot be read: HTTP GET failed for " + base()
                        + "/gone.yml: not found" + System.lineSeparator());
    }

    @Test
    void theRealCommandLineRefusesToReachThisMachine() {
        String file =
                Fixtures.write(dir.resolve("local.yml"), online("/landing")).toString();

        Cli.Run run = Cli.run("publiccode", "validate", "--network", file);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains(": error: landingURL: '" + base() + "/landing' not reachable: HTTP GET failed for ")
                .contains("refused to connect to 127.0.0.1, a loopback address (only public addresses are allowed)");
    }

    @Test
    void checkTakesNetworkToo() {
        Fixtures.write(dir.resolve("publiccode.yml"), online("/gone"));

        Cli.Run online = Cli.run(reachingTheServer(), "check", "--network", dir.toString());
        assertThat(online.exit()).isEqualTo(1);
        assertThat(online.out())
                .contains("  online:  checked (URLs, code repository, remote logos and screenshots, videos)")
                .contains("    4:1  landingURL: '" + base() + "/gone' not reachable: HTTP GET failed for " + base()
                        + "/gone: not found [net.status]");

        Cli.Run offline = Cli.run(reachingTheServer(), "check", dir.toString());
        assertThat(offline.exit()).isZero();
        assertThat(offline.out())
                .contains("  online:  not run; add --network to check URLs, the code repository, remote files and"
                        + " videos");
    }
}
