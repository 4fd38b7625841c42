package eu.ospo.publiccode.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.SharedData;
import eu.ospo.publiccode.net.LoopbackServer;
import eu.ospo.publiccode.net.NetworkOptions;
import eu.ospo.publiccode.net.TestTls;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reference validator's own test table with network checks on ({@code expected.tsv}), rebuilt
 * without the internet: every host the fixtures name is served by HTTPS and HTTP servers on loopback
 * that answer as the internet did when the reference's tests ran (every page there, a PNG for every
 * {@code .png}, an oEmbed answer for the YouTube video, and a 404 for the one missing logo the table
 * expects). Rows marked {@code no-network} run offline, as upstream runs them. With {@code
 * -Dospo.conformance.update=true} the figures go to the online section of {@code CONFORMANCE.md}.
 */
class NetworkConformanceTest {

    static final String BEGIN = "<!-- network-conformance:begin -->";
    static final String END = "<!-- network-conformance:end -->";

    private static final Pattern HOST = Pattern.compile("https?://([A-Za-z0-9.-]+)");
    private static final Pattern NETWORK_MESSAGE =
            Pattern.compile("not reachable:|is not a valid code repository|HTTP GET failed");
    private static final String MISSING = "/no_such_file.png";

    @Test
    void agreesWithTheReferenceOnline() throws IOException, GeneralSecurityException {
        Path conformance = SharedData.require("conformance/publiccode");
        Path table = conformance.resolve("expected.tsv");
        List<ConformanceTest.Row> rows = ConformanceTest.Row.read(table);
        Map<String, List<String>> messages = networkMessages(table);
        byte[] png = Files.readAllBytes(conformance.resolve("testdata/v0/valid/assets/img/logo.png"));
        TestTls tls = TestTls.forHosts(hosts(conformance.resolve("testdata")));
        try (LoopbackServer https = internet(LoopbackServer.https(tls), png);
                LoopbackServer http = internet(LoopbackServer.http(), png)) {
            NetworkOptions options = https.options()
                    .sslContext(tls.client())
                    .resolver((host, port) -> List.of(new InetSocketAddress(
                            InetAddress.getLoopbackAddress(), port == 443 ? https.port() : http.port())))
                    .build();
            PubliccodeParser online =
                    PubliccodeParser.builder().network(options).build();
            PubliccodeParser offline = PubliccodeParser.builder().build();
            Map<String, String> reasons = ConformanceTest.reasons();
            List<ConformanceTest.Outcome> outcomes = new ArrayList<>();
            int networkItems = 0;
            int networkMessagesAgree = 0;
            List<String> messageDifferences = new ArrayList<>();
            for (ConformanceTest.Row row : rows) {
                boolean network = !row.path().contains("/no-network/");
                PubliccodeResult result = (network ? online : offline).parse(conformance.resolve(row.path()));
                outcomes.add(ConformanceTest.Outcome.of(row, result));
                for (String expected : messages.getOrDefault(row.path(), List.of())) {
                    networkItems++;
                    String wanted = expected.replace("{CWD}", conformance.toString());
                    if (result.problems().stream().map(Problem::message).anyMatch(wanted::equals)) {
                        networkMessagesAgree++;
                    } else {
                        messageDifferences.add(row.path() + ": " + wanted);
                    }
                }
            }
            ConformanceTest.Figures all = ConformanceTest.Figures.of(outcomes);
            List<ConformanceTest.Outcome> differences = outcomes.stream()
                    .filter(o -> !o.keysAgree() || !o.positionsAgree())
                    .toList();
            TreeSet<String> offlineDifferences = new TreeSet<>();
            for (ConformanceTest.Row row : ConformanceTest.Row.read(conformance.resolve("expected-offline.tsv"))) {
                ConformanceTest.Outcome outcome =
                        ConformanceTest.Outcome.of(row, offline.parse(conformance.resolve(row.path())));
                if (!outcome.keysAgree() || !outcome.positionsAgree()) {
                    offlineDifferences.add(row.path());
                }
            }
            if (Boolean.getBoolean("ospo.conformance.update")) {
                write(all, networkItems, networkMessagesAgree, differences, reasons);
            }

            assertThat(outcomes).hasSize(rows.size()).isNotEmpty();
            assertThat(outcomes.stream().filter(o -> !o.verdictAgrees()).map(ConformanceTest.Outcome::describe))
                    .as("verdict disagreements with network on")
                    .isEmpty();
            assertThat(networkItems).as("network items in the table").isEqualTo(7);
            assertThat(messageDifferences).as("network messages that differ").isEmpty();
            assertThat(differences.stream().map(d -> d.row().path()))
                    .as("rows that differ online are the rows that differ offline (explained there)")
                    .containsExactlyInAnyOrderElementsOf(offlineDifferences);
            assertThat(differences.stream()
                            .filter(d -> ConformanceTest.reasonFor(
                                            reasons, d.row().path())
                                    .isEmpty())
                            .map(ConformanceTest.Outcome::describe))
                    .as("differences without a reason in conformance/differences.tsv")
                    .isEmpty();
            // nothing reached for the no-network rows, and the emulated internet was really used
            assertThat(https.requests()).isNotEmpty();
            assertThat(https.requests(MISSING)).isNotEmpty();
        }
    }

    /** The expected messages of the items only the network produces, by file. */
    private static Map<String, List<String>> networkMessages(Path table) throws IOException {
        Map<String, List<String>> messages = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("path\t")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns[1].equals("?") || columns[2].isEmpty()) {
                continue;
            }
            for (String item : columns[2].split(";(?=[EW]\\|)")) {
                String message = item.split("\\|", 4)[3];
                if (NETWORK_MESSAGE.matcher(message).find()) {
                    messages.computeIfAbsent(columns[0], k -> new ArrayList<>()).add(message);
                }
            }
        }
        return messages;
    }

    /** Every host named in a fixture. */
    private static TreeSet<String> hosts(Path testdata) throws IOException {
        TreeSet<String> hosts = new TreeSet<>();
        try (Stream<Path> files = Files.walk(testdata)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
                Matcher matcher = HOST.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
                while (matcher.find()) {
                    hosts.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return hosts;
    }

    /** The internet as the reference's tests saw it. */
    private static LoopbackServer internet(LoopbackServer server, byte[] png) {
        return server.on(s -> s.host().equals("google.com") && s.target().equals(MISSING), LoopbackServer.status(404))
                .on(
                        s -> s.host().equals("www.youtube.com") && s.target().startsWith("/oembed?"),
                        LoopbackServer.body(
                                "application/json",
                                "{\"type\":\"video\",\"version\":\"1.0\",\"title\":\"developers.italia.it\"}"
                                        .getBytes(StandardCharsets.UTF_8)))
                .on(
                        s -> s.target().toLowerCase(java.util.Locale.ROOT).endsWith(".png"),
                        LoopbackServer.body("image/png", png))
                .on(s -> true, LoopbackServer.page());
    }

    private static void write(
            ConformanceTest.Figures all,
            int networkItems,
            int networkMessagesAgree,
            List<ConformanceTest.Outcome> differences,
            Map<String, String> reasons)
            throws IOException {
        StringBuilder md = new StringBuilder(BEGIN).append("\n");
        md.append("## Online checks (network on)\n\n")
                .append("Generated by `NetworkConformanceTest` (ospo-publiccode; same command as above with"
                        + " `-Dtest=NetworkConformanceTest`).\n\n")
                .append("Input: `../shared/conformance/publiccode/expected.tsv`, the reference's table with network"
                        + " checks on. The rows upstream runs with its default parser (network on) run here with"
                        + " `network(...)`; the `no-network` rows run offline, as upstream runs them. No test reaches"
                        + " the internet: every host the fixtures name is served by an HTTPS and an HTTP server on"
                        + " loopback (a test certificate for those names, a resolver that sends them there) that"
                        + " answers as the internet did when the reference's tests ran: a page for every URL, a PNG"
                        + " for every `.png`, an oEmbed answer for the YouTube video, and 404 for"
                        + " `https://google.com/no_such_file.png`, the one missing file the table expects.\n\n")
                .append("| rows | count | verdict | (severity, key) | positions | network items | network messages |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
                .append("| all (v0 + v1) | ")
                .append(all.rows())
                .append(" | ")
                .append(percent(all.verdicts()))
                .append(" | ")
                .append(percent(all.keys()))
                .append(" | ")
                .append(percent(all.positions()))
                .append(" | ")
                .append(networkItems)
                .append(" | ")
                .append(networkMessagesAgree)
                .append(" of ")
                .append(networkItems)
                .append(" identical |\n\n")
                .append("The network items are the expected problems only the network produces (`not reachable:`,"
                        + " `is not a valid code repository`, `HTTP GET failed`); their messages are compared"
                        + " exactly. ")
                .append(differences.size())
                .append(" rows differ in keys or positions: exactly the rows that differ offline, for the reasons"
                        + " given above; the online checks add no difference.\n\n");
        md.append(BEYOND_THE_TABLE);
        md.append(END).append("\n");
        Path target = Path.of(System.getProperty("ospo.repository.dir", "..")).resolve("CONFORMANCE.md");
        String current = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : "";
        Files.writeString(target, replaceSection(current, md.toString()), StandardCharsets.UTF_8);
    }

    /** The document with its online section replaced (or appended). */
    static String replaceSection(String document, String section) {
        return new GeneratedSection(BEGIN, END).replace(document, section);
    }

    /** The online section of a document, if it has one (kept when the offline part is regenerated). */
    static String section(String document) {
        return new GeneratedSection(BEGIN, END).of(document);
    }

    /**
     * What the reference's table does not cover. The reference's behaviour was observed by running its
     * CLI against a local server on an address its guard allows (a documentation address).
     */
    private static final String BEYOND_THE_TABLE = """
            ### Where ospo's online checks differ from the reference on purpose

            The reference's table covers few network outcomes. These were observed by running the \
            reference CLI (`../shared/reference/publiccode-parser-go`) against a local test server, and \
            are tested for ospo against loopback servers (`OnlineChecksTest`, `FetcherTest`, \
            `RemoteParsingTest`):

            | case | reference | ospo |
            | --- | --- | --- |
            | a URL answers 500 (or another status but 2xx, 403, 404, 429) | retried 8 times, then \
            reachable (no error) | error `net.status`, `status code 500` |
            | a URL answers 429 | retried with back-off (about 40 s), then reachable | one request; warning \
            `net.rate-limited` (the server refused to answer, which says nothing about the URL) |
            | redirects | at most 10 | at most 5, each hop checked by the address guard |
            | address guard | refuses loopback, private, link-local, CGNAT, multicast and unspecified \
            addresses | also documentation, benchmarking, reserved, 6to4-relay, IETF, discard-only, NAT64 and \
            6to4 forms of those, and any IPv6 outside `2000::/3` |
            | body size | every GET reads up to 20 MiB | pages are not read (status and headers decide); \
            images up to 5 MiB, other bodies 1 MiB (`net.too-large`) |
            | screenshot content | not checked | sniffed; warning `net.not-image` when it is not the image its \
            extension says |
            | `.svg`/`.svgz` logo content | not checked | sniffed; warning `net.not-image` |
            | videos | scheme list only | also resolved through the provider's oEmbed endpoint; warning \
            `net.video-unresolved` when that fails |
            | `url` on other hosts | git smart HTTP only | git smart HTTP or Mercurial (`?cmd=capabilities`) |
            | `isBasedOn`, `organisation.uri`, `fundedBy[].uri` | not fetched | http(s) values fetched; a \
            failure is a warning |
            | a file parsed from bytes with no base | raw-file base derived from `url` always; failure is \
            an error and stops every file and network check | derived only when a relative reference needs \
            it; failure is an error on `url` and only the relative references are skipped |
            | `parse(URI)` of a URL answering 404 | the error page is parsed as YAML | an `IOException` |
            | a time budget per file | none (30 s per request) | 30 s for all checks of a file, run \
            concurrently |

            """;

    private static String percent(double ratio) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", ratio * 100);
    }
}
