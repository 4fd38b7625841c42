package eu.ospo.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.ospo.problem.Verdict;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole real-world corpus validates in one JVM whose heap is 64 MiB (surefire forks this
 * module's tests with {@code -Xmx64m}). Every result is kept until the end, as a report over the
 * corpus would, so the heap holds all of them at once.
 */
class CorpusFitsInSmallHeapTest {

    private static final long MIB = 1024 * 1024;
    /** -Xmx64m, plus slack for how the JVM rounds and reports the heap size. */
    private static final long MAX_HEAP = 64 * MIB + 4 * MIB;

    @Test
    void wholeCorpusValidatesWithA64MiBHeap() throws IOException {
        String shared = System.getProperty("ospo.shared.dir");
        assumeTrue(shared != null, "system property ospo.shared.dir is not set (the parent pom sets it): skipped");
        Path dir = Path.of(shared, "corpus", "publiccode-real").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(dir), "corpus " + dir + " is absent (no ../shared checkout): skipped");

        long maxMemory = Runtime.getRuntime().maxMemory();
        String heap = "Runtime.maxMemory() = " + maxMemory + " bytes (" + maxMemory / MIB + " MiB)";
        assertThat(maxMemory).as("the harness must run with -Xmx64m; " + heap).isLessThanOrEqualTo(MAX_HEAP);

        PubliccodeParser parser = PubliccodeParser.builder().build();
        List<Path> files = Corpus.files(dir);
        List<PubliccodeResult> results = new ArrayList<>(files.size());
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (Path file : files) {
            PubliccodeResult result = parser.parse(Files.readAllBytes(file));
            assertThat(result.verdict()).as("verdict for " + file.getFileName()).isNotNull();
            verdicts.merge(result.verdict(), 1, Integer::sum);
            results.add(result);
        }

        assertThat(results).hasSize(files.size());
        assertThat(verdicts.values().stream().mapToInt(Integer::intValue).sum())
                .as("every file gave a verdict")
                .isEqualTo(files.size());
        System.out.printf(
                "CorpusFitsInSmallHeapTest: %d files validated, verdicts %s; %s; peak heap used %d MiB%n",
                files.size(), verdicts, heap, peakHeapUsed() / MIB);
    }

    private static long peakHeapUsed() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
