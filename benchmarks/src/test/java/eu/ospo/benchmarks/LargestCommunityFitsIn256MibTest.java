package eu.ospo.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.GovernanceWriter;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.Rule;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.governance.rules.Status;
import eu.ospo.model.Governance;
import eu.ospo.publiccode.PubliccodeResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The largest community of the scale benchmark (200 organisations, 1,000 projects, 2,000
 * agreements) is written to governance.yml, parsed back and evaluated by every default rule in one
 * JVM whose heap is 256 MiB (surefire forks this test alone with {@code -Xmx256m}). The text, the
 * parse result and the evaluation are all kept until the end.
 */
class LargestCommunityFitsIn256MibTest {

    private static final long MIB = 1024 * 1024;
    /** -Xmx256m, plus slack for how the JVM rounds and reports the heap size. */
    private static final long MAX_HEAP = 256 * MIB + 8 * MIB;

    private static final int ORGANISATIONS = 200;

    @Test
    void largestCommunityParsesAndEvaluatesWithA256MiBHeap() {
        long maxMemory = Runtime.getRuntime().maxMemory();
        String heap = "Runtime.maxMemory() = " + maxMemory + " bytes (" + maxMemory / MIB + " MiB)";
        assertThat(maxMemory).as("the harness must run with -Xmx256m; " + heap).isLessThanOrEqualTo(MAX_HEAP);

        Governance generated = ScaleCommunity.generate(ORGANISATIONS);
        assertThat(generated.organisations()).hasSize(ORGANISATIONS);
        assertThat(generated.projects()).hasSize(ORGANISATIONS * ScaleCommunity.PROJECTS_PER_ORGANISATION);
        assertThat(generated.agreements()).hasSize(ORGANISATIONS * ScaleCommunity.AGREEMENTS_PER_ORGANISATION);
        assertThat(ScaleCommunity.isRealistic(generated)).isTrue();
        PubliccodeResult publiccode = ScaleCommunity.publiccode(generated);

        String yaml = GovernanceWriter.write(generated);
        GovernanceResult parsed = GovernanceParser.builder().build().parse(yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems())
                .as("problems parsing the written governance.yml")
                .isEmpty();
        Governance governance = parsed.governance().orElseThrow();
        assertThat(governance).as("parsed back equal").isEqualTo(generated);

        Evaluation evaluation = GovernanceRules.defaults()
                .evaluate(new RuleContext(
                        governance,
                        publiccode.publicCode(),
                        ScaleCommunity.EVALUATION_DATE,
                        parsed.sourceMap(),
                        publiccode.sourceMap()));

        Set<String> defaultRules =
                GovernanceRules.defaultRules().stream().map(Rule::id).collect(Collectors.toSet());
        Set<String> evaluated =
                evaluation.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        assertThat(evaluated).as("rules with findings").isEqualTo(defaultRules);
        Map<Status, Long> statuses = evaluation.countByStatus();
        assertThat(statuses.get(Status.PASS)).as("passes").isPositive();
        assertThat(statuses.get(Status.FAIL)).as("failures").isPositive();
        assertThat(evaluation.findings())
                .as("the per-agreement rules report on each agreement")
                .hasSizeGreaterThan(governance.agreements().size());

        System.out.printf(
                "LargestCommunityFitsIn256MibTest: %s; governance.yml %d characters; %d findings %s; %s;"
                        + " peak heap used %d MiB; used after a full GC with everything still held %d MiB%n",
                ScaleCommunity.describe(governance),
                yaml.length(),
                evaluation.findings().size(),
                statuses,
                heap,
                peakHeapUsed() / MIB,
                usedAfterGc(yaml, parsed, evaluation) / MIB);
    }

    /** Heap in use after a full collection, while the arguments are still reachable (informative). */
    private static long usedAfterGc(Object... held) {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        assertThat(held).doesNotContainNull();
        return used;
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
