package eu.ospo.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.benchmarks.NetworkThroughput.Pass;
import eu.ospo.publiccode.PubliccodeParser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The short form of the {@link NetworkThroughput} harness, run by the build (execution {@code
 * network-latency}): 20 generated files, each asking {@value NetworkThroughput#REQUESTS_PER_FILE}
 * requests of a loopback server that answers after 200 ms. Because a file's checks run
 * concurrently, the network adds about one request's latency to each file (at most 1.5 times it,
 * median over the files), where requests made one after the other would add all twelve (2.4 s).
 * The bound is a ratio of the server's latency, far from the sum, so a busy machine does not fail
 * the build; a pass over the bound is measured once more before failing.
 */
class NetworkAddsAboutOneRequestPerFileTest {

    private static final Duration LATENCY = Duration.ofMillis(200);
    private static final int FILES = 20;

    @Test
    void theNetworkAddsAboutTheSlowestRequestPerFileNotTheSum() {
        try (LatencyServer server = LatencyServer.start(LATENCY)) {
            List<byte[]> files = NetworkThroughput.files(server, FILES);
            PubliccodeParser offlineParser = PubliccodeParser.builder().build();
            NetworkThroughput.sequential("warm-up", null, () -> offlineParser, files);
            NetworkThroughput.sequential(
                    "warm-up", server, () -> NetworkThroughput.online(server), files.subList(0, 3));
            Pass offline = NetworkThroughput.sequential("offline", null, () -> offlineParser, files);
            Pass oneByOne = measured(() ->
                    NetworkThroughput.sequential("one by one", server, () -> NetworkThroughput.online(server), files));
            PubliccodeParser reused = NetworkThroughput.online(server);
            Pass first = measured(() -> NetworkThroughput.sequential("reused", server, () -> reused, files));
            Pass cached = NetworkThroughput.sequential("cached", server, () -> reused, files);
            System.out.println("NetworkAddsAboutOneRequestPerFileTest:\n"
                    + NetworkThroughput.report(
                            List.of(offline, oneByOne, first, cached), offline, oneByOne, first, LATENCY, FILES));

            // every file is valid and every URL answered: no problem at all
            assertThat(oneByOne.netProblems() + first.netProblems() + cached.netProblems())
                    .isZero();
            // every request was made: 12 per file without a cache; the parser's cache asks the shared
            // funder page once and each organisation's GitLab probe once; the second pass asks nothing
            assertThat(oneByOne.requests()).isEqualTo(FILES * NetworkThroughput.REQUESTS_PER_FILE);
            assertThat(first.requests()).isLessThan(oneByOne.requests());
            assertThat(cached.requests()).isZero();

            double bound = NetworkThroughput.TARGET_FACTOR * LATENCY.toMillis();
            assertThat(NetworkThroughput.addedMillis(offline, oneByOne))
                    .as("median ms the network adds per file, a new parser per file")
                    .isLessThanOrEqualTo(bound);
            assertThat(NetworkThroughput.addedMillis(offline, first))
                    .as("median ms the network adds per file, one parser reused")
                    .isLessThanOrEqualTo(bound);
        }
    }

    /** A pass, measured once more when over the bound (a build elsewhere on the machine may have slowed it). */
    private static Pass measured(java.util.function.Supplier<Pass> pass) {
        Pass first = pass.get();
        if (first.medianMillis() <= NetworkThroughput.TARGET_FACTOR * LATENCY.toMillis()) {
            return first;
        }
        return pass.get();
    }
}
