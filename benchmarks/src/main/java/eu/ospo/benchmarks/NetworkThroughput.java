package eu.ospo.benchmarks;

import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The online checks' harness (issue 7, "Performance"): validates generated publiccode.yml files
 * with {@code network} enabled against a {@link LatencyServer} on loopback that answers every
 * request after a fixed latency (50 ms by default), next to the same files offline, and says
 * whether the network adds about one request's latency per file (the checks of a file run
 * concurrently), not the sum of its requests.
 *
 * <p>Each file asks {@value #REQUESTS_PER_FILE} requests, the mix of a typical real file: {@code
 * url} (reachable, plus the three repository probes: GitLab API, git smart HTTP, Mercurial) on the
 * project's code host, {@code landingURL}, {@code roadmap}, {@code logo} and two screenshots on its
 * web site, {@code documentation} and {@code apiDocumentation} on its documentation host (at most 5
 * to one host, within the default 6 per host), and {@code fundedBy[].uri}, the same programme page
 * in every file (the only URL a parser's answer cache can share between files). 20 organisations
 * share the host names; every path is the file's own.
 *
 * <p>The passes, in one JVM after a warm-up: offline (one parser); one by one (a new parser for
 * each file, so no cache); one parser reused for all files (its cache answers the shared URL); the
 * same parser again over the same files (every answer cached); and one parser shared by several
 * threads, files in parallel (a catalogue). Run with:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar eu.ospo.benchmarks.NetworkThroughput [files [latencyMs [threads]]]
 * }</pre>
 */
public final class NetworkThroughput {

    /** Requests one generated file asks. */
    static final int REQUESTS_PER_FILE = 12;

    /** How many organisations share host names. */
    private static final int ORGANISATIONS = 20;

    /** "About the slowest single request": the added median may exceed the latency by this factor. */
    static final double TARGET_FACTOR = 1.5;

    private NetworkThroughput() {}

    /**
     * One pass over the files.
     *
     * @param name what was run
     * @param wallNanos the whole pass
     * @param perFileNanos each file's own time (for parallel passes, from its start to its end)
     * @param requests requests the server answered during the pass
     * @param netProblems problems of the online checks ({@code net.*}, file reachability): 0 when every
     *     request succeeded
     */
    record Pass(String name, long wallNanos, long[] perFileNanos, int requests, int netProblems) {

        int files() {
            return perFileNanos.length;
        }

        double filesPerSecond() {
            return files() / (wallNanos / 1e9);
        }

        double medianMillis() {
            return percentileMillis(50);
        }

        double percentileMillis(int percent) {
            long[] sorted = perFileNanos.clone();
            Arrays.sort(sorted);
            int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }

        String row() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %d | %d |",
                    name,
                    filesPerSecond(),
                    medianMillis(),
                    percentileMillis(90),
                    requests,
                    netProblems);
        }
    }

    /** The table's header, for {@link Pass#row()}. */
    static final String HEADER = "| pass | files/s | median ms per file | p90 ms | requests | net problems |\n"
            + "| --- | ---: | ---: | ---: | ---: | ---: |";

    /**
     * What the network adds to a file.
     *
     * @param offline the offline pass
     * @param network a network pass over the same files
     * @return the median time per file of the network pass minus the offline one, in ms
     */
    static double addedMillis(Pass offline, Pass network) {
        return network.medianMillis() - offline.medianMillis();
    }

    /**
     * Generates valid publiccode.yml files whose URLs all point at the server.
     *
     * @param server the server
     * @param count how many
     * @return the files' bytes
     */
    static List<byte[]> files(LatencyServer server, int count) {
        List<byte[]> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int org = i % ORGANISATIONS;
            String code = "code.org" + org + ".test";
            String web = "www.org" + org + ".test";
            String docs = "docs.org" + org + ".test";
            String app = "/app" + i;
            String yaml = "publiccodeYmlVersion: \"0\"\n"
                    + "name: App " + i + "\n"
                    + "url: \"" + server.url(code, "/org" + org + app) + "\"\n"
                    + "landingURL: \"" + server.url(web, app + "/") + "\"\n"
                    + "logo: \"" + server.url(web, app + "/logo.png") + "\"\n"
                    + "roadmap: \"" + server.url(web, app + "/roadmap") + "\"\n"
                    + "platforms:\n  - web\n"
                    + "developmentStatus: stable\n"
                    + "softwareType: library\n"
                    + "fundedBy:\n  - uri: \"" + server.url("www.funder.test", "/programme") + "\"\n"
                    + "description:\n  en:\n"
                    + "    shortDescription: Application number " + i + " of the benchmark\n"
                    + "    longDescription: >-\n"
                    + "      A long description of this software, long enough to be accepted by the rules of the\n"
                    + "      standard, which want at least one hundred and fifty characters in it.\n"
                    + "    features:\n      - Some feature\n"
                    + "    documentation: \"" + server.url(docs, app + "/") + "\"\n"
                    + "    apiDocumentation: \"" + server.url(docs, app + "/api") + "\"\n"
                    + "    screenshots:\n"
                    + "      - \"" + server.url(web, app + "/shot1.png") + "\"\n"
                    + "      - \"" + server.url(web, app + "/shot2.png") + "\"\n"
                    + "legal:\n  license: MIT\n"
                    + "maintenance:\n  type: none\n"
                    + "localisation:\n  localisationReady: true\n  availableLanguages:\n    - en\n";
            files.add(yaml.getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** A parser with the server's network options. */
    static PubliccodeParser online(LatencyServer server) {
        return PubliccodeParser.builder().network(server.options().build()).build();
    }

    /**
     * Validates the files one after the other, each with the parser the supplier gives.
     *
     * @param name the pass's name
     * @param server the server (for its request count), or null offline
     * @param parsers a parser per file (the same one, or a new one)
     * @param files the files
     * @return the pass
     */
    static Pass sequential(String name, LatencyServer server, Supplier<PubliccodeParser> parsers, List<byte[]> files) {
        if (server != null) {
            server.resetCounts();
        }
        long[] each = new long[files.size()];
        int problems = 0;
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            long fileStart = System.nanoTime();
            PubliccodeResult result = parsers.get().parse(files.get(i));
            each[i] = System.nanoTime() - fileStart;
            problems += netProblems(result);
        }
        long wall = System.nanoTime() - start;
        return new Pass(name, wall, each, server == null ? 0 : server.requests(), problems);
    }

    /**
     * Validates the files on several threads with one parser.
     *
     * @param name the pass's name
     * @param server the server
     * @param parser the shared parser
     * @param files the files
     * @param threads how many threads
     * @return the pass
     */
    static Pass parallel(String name, LatencyServer server, PubliccodeParser parser, List<byte[]> files, int threads) {
        server.resetCounts();
        long[] each = new long[files.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < files.size(); i++) {
                int index = i;
                results.add(pool.submit(() -> {
                    long fileStart = System.nanoTime();
                    PubliccodeResult result = parser.parse(files.get(index));
                    each[index] = System.nanoTime() - fileStart;
                    return netProblems(result);
                }));
            }
            int problems = 0;
            for (Future<Integer> result : results) {
                problems += result.get();
            }
            long wall = System.nanoTime() - start;
            return new Pass(name, wall, each, server.requests(), problems);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a parse failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Problems of a result: all of them, since every generated file is valid offline and every URL answers. */
    private static int netProblems(PubliccodeResult result) {
        return result.problems().size();
    }

    /**
     * Runs every pass and prints the table and the verdict.
     *
     * @param args files (300), latency in ms (50), threads of the parallel pass (8)
     */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 50);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        try (LatencyServer server = LatencyServer.start(latency)) {
            List<byte[]> files = files(server, count);
            PubliccodeParser offlineParser = PubliccodeParser.builder().build();
            // warm-up: the JIT and the class loading of both paths
            for (int round = 0; round < 5; round++) {
                sequential("warm-up", null, () -> offlineParser, files);
            }
            sequential("warm-up", server, () -> online(server), files.subList(0, Math.min(40, count)));
            List<Pass> passes = new ArrayList<>();
            Pass offline = sequential("offline, one parser", null, () -> offlineParser, files);
            passes.add(offline);
            Pass oneByOne = sequential("network, a new parser per file", server, () -> online(server), files);
            passes.add(oneByOne);
            PubliccodeParser reused = online(server);
            Pass first = sequential("network, one parser reused (first pass)", server, () -> reused, files);
            passes.add(first);
            passes.add(sequential("network, the same parser again (answers cached)", server, () -> reused, files));
            passes.add(
                    parallel("network, one parser, " + threads + " threads", server, online(server), files, threads));
            System.out.println(report(passes, offline, oneByOne, first, latency, count));
        }
    }

    /** The table and the verdict. */
    static String report(List<Pass> passes, Pass offline, Pass oneByOne, Pass reused, Duration latency, int count) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%d files, %d requests each, server latency %d ms, %d processors%n%n",
                count,
                REQUESTS_PER_FILE,
                latency.toMillis(),
                Runtime.getRuntime().availableProcessors()));
        out.append(HEADER).append('\n');
        for (Pass pass : passes) {
            out.append(pass.row()).append('\n');
        }
        double added = addedMillis(offline, oneByOne);
        double addedReused = addedMillis(offline, reused);
        double bound = TARGET_FACTOR * latency.toMillis();
        out.append(String.format(
                Locale.ROOT,
                "%nadded by the network per file (median, network - offline): %.1f ms one by one, %.1f ms with a"
                        + " reused parser; one request %d ms, all %d requests in a row %d ms; target <= %.0f ms: %s%n",
                added,
                addedReused,
                latency.toMillis(),
                REQUESTS_PER_FILE,
                REQUESTS_PER_FILE * latency.toMillis(),
                bound,
                added <= bound && addedReused <= bound ? "met" : "NOT met"));
        return out.toString();
    }
}
