package eu.ospo.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.benchmarks.WorstInputs.Scaling;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The worst inputs of issue 6 cost the same per MiB at two sizes (1 and 4 MiB of publiccode.yml, 4
 * and 16 MiB of governance.yml, read by SnakeYAML Engine; and 64 and 256 KiB, where ospo's own
 * reader takes what it can): time and allocation grow linearly with the input. A quadratic cost,
 * as SnakeYAML Engine's 1 KiB buffer gave, quadruples the cost per MiB between the two sizes; the
 * bounds are generous ratios, not timings, so a busy machine does not fail the build, plus a ceiling
 * on the allocation per MiB (allocation does not depend on the machine's load). Surefire runs
 * this class alone in its own JVM with {@code -Xmx256m} (execution {@code linear-scaling}), so the
 * largest input must also fit in that heap.
 */
class WorstInputsScaleLinearlyTest {

    /** Most a MiB may cost at the larger size, relative to the smaller one: time. */
    static final double MAX_TIME_RATIO = 2.0;
    /** The same for allocation (the ratio of a linear cost stays near 1). */
    static final double MAX_MEMORY_RATIO = 1.5;
    /**
     * Most MB a parse may allocate per MiB of input, at either size: 1 MiB tokens within the limits
     * allocated 2,155 MB per MiB with the 1 KiB buffer (linear in their number, so no ratio shows it).
     */
    static final double MAX_MEGABYTES_PER_MIB = 250;

    private static final int RUNS = 3;
    private static final int SMALL_RUNS = 9;
    private static final long MIB = 1024 * 1024;

    @Test
    void everyWorstInputCostsTheSamePerMiBAtBothSizes() {
        long maxMemory = Runtime.getRuntime().maxMemory();
        assertThat(maxMemory)
                .as("the harness runs with -Xmx256m (execution linear-scaling); maxMemory = %d MiB", maxMemory / MIB)
                .isLessThanOrEqualTo(264 * MIB);
        assertLinear("MiB sizes (SnakeYAML Engine)", input -> input.scaling(RUNS));
    }

    /**
     * The same below the size up to which ospo's own reader takes a text ({@code BlockSubsetParser}),
     * 64 and 256 KiB: the MiB sizes above measure SnakeYAML Engine only. More parses per size, as a
     * parse takes a millisecond or two.
     */
    @Test
    void belowTheOwnReadersBoundEveryWorstInputCostsTheSamePerMiBToo() {
        assertLinear(
                "KiB sizes (ospo's reader where it takes the text)",
                input -> input.scaling(WorstInputs.SUBSET_SMALL_KIB, WorstInputs.SUBSET_LARGE_KIB, SMALL_RUNS));
    }

    private static void assertLinear(String sizes, Function<WorstInputs, Scaling> measure) {
        List<String> over = new ArrayList<>();
        StringBuilder table = new StringBuilder(WorstInputs.HEADER);
        for (WorstInputs input : WorstInputs.values()) {
            Scaling scaling = measure.apply(input);
            if (scaling.timeRatio() > MAX_TIME_RATIO) {
                scaling = measure.apply(input); // once more: a build elsewhere on the machine may have slowed one size
            }
            table.append('\n').append(scaling.row());
            if (scaling.timeRatio() > MAX_TIME_RATIO
                    || scaling.memoryRatio() > MAX_MEMORY_RATIO
                    || Math.max(
                                    scaling.small().megabytesPerMiB(),
                                    scaling.large().megabytesPerMiB())
                            > MAX_MEGABYTES_PER_MIB) {
                over.add(scaling.row());
            }
        }
        System.out.println("WorstInputsScaleLinearlyTest, " + sizes + ":\n" + table);
        assertThat(over)
                .as(
                        "inputs whose cost per MiB grows with the size (time ratio > %s or allocation ratio > %s)"
                                + " or that allocate more than %s MB per MiB",
                        MAX_TIME_RATIO, MAX_MEMORY_RATIO, MAX_MEGABYTES_PER_MIB)
                .isEmpty();
    }
}
