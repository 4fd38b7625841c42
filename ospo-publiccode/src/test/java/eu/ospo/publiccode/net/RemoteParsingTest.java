package eu.ospo.publiccode.net;

import static eu.ospo.publiccode.net.LoopbackServer.body;
import static eu.ospo.publiccode.net.LoopbackServer.page;
import static eu.ospo.publiccode.net.LoopbackServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Verdict;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.yaml.YamlLimits;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parse(URI)} and the raw-file base of files parsed from bytes, against loopback servers. */
class RemoteParsingTest {

    private static final String GIT_ADVERTISEMENT = "001e# service=git-upload-pack\n0000"
            + "0155a94a8fe5ccb19ba61c4c0873d391e987982fbbd3 HEAD\0multi_ack side-band-64k ofs-delta"
            + " symref=HEAD:refs/heads/main agent=git/2.45\n0000";

    private static TestTls tls;
    private static LoopbackServer forge;

    @BeforeAll
    static void start() throws IOException, GeneralSecurityException {
        tls = TestTls.forHosts(List.of("github.com", "raw.githubusercontent.com", "code.example"));
        forge = LoopbackServer.https(tls);
        forge.on(
                        s -> s.host().equals("raw.githubusercontent.com")
                                && s.target().equals("/org/repo/main/publiccode.yml"),
                        body("text/plain", file("logo.png").getBytes(StandardCharsets.UTF_8)))
                .on(
                        s -> s.host().equals("raw.githubusercontent.com")
                                && s.target().equals("/org/repo/main/logo.png"),
                        body("image/png", OnlineChecksTest.PNG))
                .on(
                        s -> s.target().equals("/org/repo/info/refs?service=git-upload-pack"),
                        body(
                                "application/x-git-upload-pack-advertisement",
                                GIT_ADVERTISEMENT.getBytes(StandardCharsets.ISO_8859_1)))
                .on(s -> s.host().equals("github.com"), page())
                .on(s -> s.host().equals("code.example") && s.target().startsWith("/project/info/refs"), page())
                .on(s -> s.host().equals("code.example"), page());
    }

    @AfterAll
    static void stop() {
        forge.close();
    }

    private static String file(String logo) {
        return TestFile.withUrl("https://github.com/org/repo")
                .with("logo", logo)
                .yaml();
    }

    private static NetworkOptions options() {
        return forge.options().sslContext(tls.client()).build();
    }

    private static PubliccodeParser online() {
        return PubliccodeParser.builder().network(options()).build();
    }

    @Test
    void parsesAFileFromAUrlAndChecksItsRelativeFilesThere() throws IOException {
        try (LoopbackServer site = LoopbackServer.http()) {
            String content = TestFile.withUrl("http://github.com:" + site.port() + "/org/repo")
                    .with("logo", "img/logo.png")
                    .yaml();
            site.on("/repo/publiccode.yml", body("application/yaml", content.getBytes(StandardCharsets.UTF_8)))
                    .on("/org/repo", page())
                    .on("/repo/img/logo.png", body("image/png", OnlineChecksTest.PNG))
                    .on("/other/img/logo.png", status(404));
            NetworkOptions options = site.options().build();
            PubliccodeResult result = PubliccodeParser.builder()
                    .network(options)
                    .build()
                    .parse(URI.create(site.url("/repo/publiccode.yml")));
            assertThat(result.verdict()).isEqualTo(Verdict.VALID);
            assertThat(site.requests("/repo/img/logo.png")).hasSize(1);

            PubliccodeResult elsewhere = PubliccodeParser.builder()
                    .network(options)
                    .baseUrl(URI.create(site.url("/other")))
                    .build()
                    .parse(URI.create(site.url("/repo/publiccode.yml")));
            assertThat(elsewhere.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("net.status");
                assertThat(p.key()).isEqualTo("logo");
                assertThat(p.message())
                        .isEqualTo("HTTP GET failed for " + site.url("/other/img/logo.png") + ": not found");
            });
        }
    }

    @Test
    void aGitHubFilePageIsFetchedAsItsRawFile() throws IOException {
        PubliccodeResult result = online().parse(URI.create("https://github.com/org/repo/blob/main/publiccode.yml"));
        assertThat(result.problems()).isEmpty();
        assertThat(forge.requests())
                .filteredOn(s -> s.host().equals("raw.githubusercontent.com"))
                .extracting(LoopbackServer.Seen::target)
                .contains("/org/repo/main/publiccode.yml", "/org/repo/main/logo.png");
        assertThat(result.sourceMap().toString()).isNotNull();
    }

    @Test
    void documentsThatCannotBeFetchedAreIoErrors() throws IOException {
        try (LoopbackServer site = LoopbackServer.http()) {
            site.on("/gone.yml", status(404));
            PubliccodeParser parser =
                    PubliccodeParser.builder().network(site.options().build()).build();
            assertThatThrownBy(() -> parser.parse(URI.create(site.url("/gone.yml"))))
                    .isInstanceOf(IOException.class)
                    .hasMessage("HTTP GET failed for " + site.url("/gone.yml") + ": not found");
            PubliccodeParser guarded = PubliccodeParser.builder()
                    .network(NetworkOptions.builder().build())
                    .build();
            assertThatThrownBy(() -> guarded.parse(URI.create(site.url("/gone.yml"))))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("refused to connect to 127.0.0.1, a loopback address");
            assertThat(site.requests()).hasSize(1);
            assertThatThrownBy(() -> parser.parse(URI.create("ftp://example.org/publiccode.yml")))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("unsupported protocol scheme \"ftp\"");
        }
    }

    @Test
    void aDocumentOverTheSizeLimitIsALimitProblem() throws IOException {
        try (LoopbackServer site = LoopbackServer.http()) {
            site.on("/big.yml", LoopbackServer.huge(10_000, false));
            PubliccodeResult result = PubliccodeParser.builder()
                    .limits(new YamlLimits(1000, 64, 50, 100_000))
                    .network(site.options().build())
                    .build()
                    .parse(URI.create(site.url("/big.yml")));
            assertThat(result.problems()).extracting(Problem::code).containsExactly("yaml.limit");
        }
    }

    @Test
    void remoteParsingNeedsNetworkButLocalFilesDoNot(@TempDir Path dir) throws IOException {
        PubliccodeParser offline = PubliccodeParser.builder().build();
        assertThatThrownBy(() -> offline.parse(URI.create("https://github.com/org/repo/blob/main/publiccode.yml")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("network(NetworkOptions)");
        Path local = dir.resolve("publiccode.yml");
        Files.writeString(local, TestFile.withUrl("https://example.org/r.git").yaml());
        assertThat(offline.parse(local.toUri()).verdict()).isEqualTo(Verdict.VALID);
        assertThat(offline.isOnline()).isFalse();
        assertThat(online().isOnline()).isTrue();
    }

    @Test
    void bytesWithoutABaseUseTheRepositorysRawFiles() {
        PubliccodeResult result = online().parse(file("logo.png"));
        assertThat(result.problems()).isEmpty();
        assertThat(forge.requests())
                .filteredOn(s -> s.host().equals("raw.githubusercontent.com"))
                .extracting(LoopbackServer.Seen::target)
                .contains("/org/repo/main/logo.png");

        PubliccodeResult missing = online().parse(file("missing.png"));
        assertThat(missing.problems())
                .singleElement()
                .satisfies(
                        p -> assertThat(p.message())
                                .isEqualTo(
                                        "HTTP GET failed for https://raw.githubusercontent.com/org/repo/main/missing.png: not found"));

        String unknownForge = TestFile.withUrl("https://code.example/project")
                .with("logo", "logo.png")
                .yaml();
        PubliccodeResult unknown = online().parse(unknownForge);
        assertThat(unknown.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("net.raw-root");
            assertThat(p.key()).isEqualTo("url");
            assertThat(p.message())
                    .isEqualTo("failed to get raw URL for code repository at https://code.example/project:"
                            + " not a GitHub, Bitbucket or GitLab repository");
        });
        // without relative references there is nothing to resolve, and no error
        String noFiles = TestFile.withUrl("https://code.example/project").yaml();
        assertThat(online().parse(noFiles).problems()).isEmpty();
    }
}
