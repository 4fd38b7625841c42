package eu.ospo.benchmarks;

import com.sun.management.ThreadMXBean;
import eu.ospo.governance.GovernanceParser;
import eu.ospo.problem.ValidationResult;
import eu.ospo.publiccode.PubliccodeParser;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The inputs that cost super-linear time and memory before the YAML layer fed SnakeYAML Engine the
 * whole text at once (issue 6): one long token (a comment, a scalar in its various styles, a key) or
 * very many short lines, appended to a valid publiccode.yml or governance.yml until the file has the
 * size asked for. Tokens longer than {@code YamlLimits.maxTokenLength} (1 MiB) are answered with a
 * {@code yaml.limit} problem, but only after they were read, so their cost is what is measured; {@link
 * #TOKENS_AT_THE_LIMIT} stays within every limit.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar eu.ospo.benchmarks.WorstInputs [runs]} prints
 * the time and allocation per MiB of each input at two sizes (the figures of benchmarks/README.md).
 */
enum WorstInputs {
    /** The issue's case: a valid governance.yml, then one comment line filling the file. */
    GOVERNANCE_COMMENT_LINE(
            Format.GOVERNANCE, "governance.yml + one comment line", n -> "#" + "x".repeat(n - 2) + "\n"),
    /** Comment lines of 1 MiB − 1 characters: the longest tokens the limits accept, as many as fit. */
    TOKENS_AT_THE_LIMIT(Format.GOVERNANCE, "governance.yml + comment lines of 1 MiB (within the limits)", n -> {
        int line = 1024 * 1024 + 1; // '#', 1 MiB − 1 characters, line feed: a comment of exactly 1 MiB
        StringBuilder text = new StringBuilder(n);
        while (text.length() + line <= n) {
            text.append('#').append("x".repeat(line - 2)).append('\n');
        }
        return text.append("#".repeat(Math.max(0, n - text.length() - 1)))
                .append('\n')
                .toString();
    }),
    /** The issue's other case: publiccode.yml with one long plain scalar. */
    PLAIN_SCALAR(Format.PUBLICCODE, "publiccode.yml + a plain scalar", n -> "x-long: " + "a".repeat(n - 9) + "\n"),
    /** A plain scalar in a flow sequence (flow context scans differently). */
    PLAIN_SCALAR_IN_FLOW(Format.PUBLICCODE, "a plain scalar in [ ]", n -> "x-long: [" + "a".repeat(n - 11) + "]\n"),
    /** A double-quoted scalar with escapes. */
    QUOTED_SCALAR(
            Format.PUBLICCODE,
            "a double-quoted scalar of \\x41 escapes",
            n -> "x-long: \"" + "\\x41".repeat((n - 11) / 4) + "\"\n"),
    /** A literal block scalar of short lines. */
    BLOCK_SCALAR(
            Format.PUBLICCODE,
            "a literal block of 2-character lines",
            n -> "x-long: |\n" + "  ab\n".repeat((n - 10) / 5)),
    /** A long explicit key ({@code ? key}): implicit keys are limited to 1,024 characters by SnakeYAML. */
    EXPLICIT_KEY(Format.PUBLICCODE, "an explicit key", n -> "? " + "k".repeat(n - 8) + "\n: 1\n"),
    /** A scalar of many short words. */
    WORDS(Format.PUBLICCODE, "a plain scalar of 1-letter words", n -> "x-long: " + "a ".repeat((n - 10) / 2) + "a\n"),
    /** Many short comment lines. */
    SHORT_LINES(Format.PUBLICCODE, "2-character comment lines", n -> "#a\n".repeat(n / 3)),
    /** An anchor name. */
    ANCHOR(Format.PUBLICCODE, "an anchor name", n -> "x-long: &" + "a".repeat(n - 12) + " 1\n");

    /** Which parser reads the input, and its valid base document. */
    enum Format {
        PUBLICCODE(1, 4, """
                publiccodeYmlVersion: "0"
                name: Harbour
                url: https://git.example.org/harbour.git
                platforms: [web]
                developmentStatus: stable
                softwareType: standalone/web
                description:
                  en:
                    shortDescription: Berth booking for small harbours
                    longDescription: >-
                      Harbour lets a municipal harbour office publish its visitor berths, take bookings
                      from passing boats and collect mooring fees at the quay, all from one browser
                      window, shared by the municipalities that use it.
                    features: [Berth booking]
                legal:
                  license: EUPL-1.2
                maintenance:
                  type: community
                  contacts:
                    - name: Ilse Marquardt
                localisation:
                  localisationReady: true
                  availableLanguages: [en]
                """),
        GOVERNANCE(4, 16, """
                governanceYmlVersion: "0.1"
                community:
                  name: Harbour community
                  uri: https://example.org/harbour
                  lastReviewed: 2025-01-01
                organisations:
                  - id: noordhaven
                    name: Gemeente Noordhaven
                    uri: https://noordhaven.example
                    country: NL
                    type: publicAuthority
                    roles: [member]
                    joined: 2023-01-01
                projects:
                  - id: harbour
                    name: Harbour
                    repository: https://git.example.org/harbour.git
                """);

        /** The two sizes compared, in MiB: 1 and 4 for publiccode.yml, 4 and 16 for governance.yml (its limits). */
        final int smallMiB;

        final int largeMiB;
        final String base;

        Format(int smallMiB, int largeMiB, String base) {
            this.smallMiB = smallMiB;
            this.largeMiB = largeMiB;
            this.base = base;
        }

        ValidationResult parse(byte[] bytes) {
            return this == PUBLICCODE ? PUBLICCODE_PARSER.parse(bytes) : GOVERNANCE_PARSER.parse(bytes);
        }
    }

    private static final PubliccodeParser PUBLICCODE_PARSER =
            PubliccodeParser.builder().build();
    private static final GovernanceParser GOVERNANCE_PARSER =
            GovernanceParser.builder().build();

    final Format format;
    final String description;
    private final IntFunction<String> tail;

    WorstInputs(Format format, String description, IntFunction<String> tail) {
        this.format = format;
        this.description = description;
        this.tail = tail;
    }

    /** A KiB, the unit of the sizes asked for. */
    static final int KIB = 1024;

    /**
     * The input: the valid base document, then the tail, {@code kib} KiB in all (a few bytes less).
     *
     * @param kib the size in KiB
     * @return the bytes
     */
    byte[] bytes(int kib) {
        String base = format.base;
        return (base + tail.apply(kib * KIB - base.length() - 1)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * CPU time of the parsing thread and its allocation, the smallest of some parses of one input. CPU
     * time rather than elapsed time: other processes on a busy machine do not add to it (the garbage
     * collector's threads do not either; the allocation stands for the memory side).
     */
    record Cost(int kib, long nanos, long allocatedBytes) {
        double secondsPerMiB() {
            return nanos / 1e9 / mib();
        }

        double megabytesPerMiB() {
            return allocatedBytes / 1e6 / mib();
        }

        private double mib() {
            return kib / (double) KIB;
        }

        /** The size for a table: in MiB from 1 MiB on, else in KiB. */
        String size() {
            return kib >= KIB && kib % KIB == 0 ? kib / KIB + " MiB" : kib + " KiB";
        }
    }

    /**
     * Parses the input {@code runs} times and keeps the least CPU time (the run least disturbed by the
     * JIT compiler and caches) and the smallest allocation.
     *
     * @param kib the size in KiB
     * @param runs how many parses
     * @return the cost
     */
    Cost measure(int kib, int runs) {
        byte[] bytes = bytes(kib);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long nanos = Long.MAX_VALUE;
        long allocated = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = threads.getCurrentThreadCpuTime();
            ValidationResult result = format.parse(bytes);
            long elapsed = threads.getCurrentThreadCpuTime() - start;
            long allocation = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            if (result.verdict() == null) {
                throw new IllegalStateException("no verdict for " + this);
            }
            nanos = Math.min(nanos, elapsed);
            allocated = Math.min(allocated, allocation);
        }
        return new Cost(kib, nanos, allocated);
    }

    /** Both sizes of one input, and how much more a MiB costs at the larger one. */
    record Scaling(WorstInputs input, Cost small, Cost large) {
        double timeRatio() {
            return large.secondsPerMiB() / small.secondsPerMiB();
        }

        double memoryRatio() {
            return large.megabytesPerMiB() / small.megabytesPerMiB();
        }

        String row() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %s → %s | %.3f → %.3f | **%.2f** | %.1f → %.1f | **%.2f** |",
                    input.description,
                    small.size(),
                    large.size(),
                    small.secondsPerMiB(),
                    large.secondsPerMiB(),
                    timeRatio(),
                    small.megabytesPerMiB(),
                    large.megabytesPerMiB(),
                    memoryRatio());
        }
    }

    /**
     * Measures the input at its format's two sizes, after a warm-up at the small one.
     *
     * @param runs parses per size
     * @return the scaling
     */
    Scaling scaling(int runs) {
        return scaling(format.smallMiB * KIB, format.largeMiB * KIB, runs);
    }

    /**
     * Measures the input at two sizes, after a warm-up at the small one.
     *
     * @param smallKiB the small size, in KiB
     * @param largeKiB the large size, in KiB
     * @param runs parses per size
     * @return the scaling
     */
    Scaling scaling(int smallKiB, int largeKiB, int runs) {
        measure(smallKiB, Math.max(2, runs)); // warm-up
        return new Scaling(this, measure(smallKiB, runs), measure(largeKiB, runs));
    }

    /**
     * The sizes at which ospo's own YAML reader takes a text (it leaves longer ones to SnakeYAML
     * Engine, which the MiB sizes measure), in KiB: the small one and the large one.
     */
    static final int SUBSET_SMALL_KIB = 64;

    static final int SUBSET_LARGE_KIB = 256;

    /** The table header of {@link Scaling#row()}. */
    static final String HEADER = "| input | sizes | CPU s per MiB | ratio | MB allocated per MiB | ratio |\n"
            + "| --- | --- | ---: | ---: | ---: | ---: |";

    /**
     * Prints the table of benchmarks/README.md.
     *
     * @param args optional: parses per size (default 5)
     */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> rows = new ArrayList<>();
        for (WorstInputs input : values()) {
            rows.add(input.scaling(runs).row());
            System.err.println(rows.get(rows.size() - 1));
        }
        System.out.println(HEADER);
        rows.forEach(System.out::println);
    }
}
