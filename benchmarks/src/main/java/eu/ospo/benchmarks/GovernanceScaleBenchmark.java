package eu.ospo.benchmarks;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.GovernanceWriter;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.model.Governance;
import eu.ospo.problem.SourceMap;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.model.PublicCode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Every default governance rule over generated communities of 25 to 200 organisations, each with
 * {@value ScaleCommunity#PROJECTS_PER_ORGANISATION} projects and {@value
 * ScaleCommunity#AGREEMENTS_PER_ORGANISATION} agreements per organisation (see {@link
 * ScaleCommunity}). Doubling the community should at most double the time.
 *
 * <p>{@code evaluate} runs the engine over the model; {@code parseAndEvaluate} first parses the
 * community's governance.yml (written once at set-up) and evaluates with its source map, as a check
 * of a repository would. The small publiccode.yml is parsed once at set-up for both.
 *
 * <p>Ten one-second warm-up iterations: with fewer, the larger sizes were still getting faster
 * while measured. A fixed 1 GiB heap keeps heap sizing the same for every size; all eight runs take
 * about two and a half minutes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class GovernanceScaleBenchmark {

    /** How many organisations the community has. */
    @Param({"25", "50", "100", "200"})
    public int organisations;

    private Governance governance;
    private Optional<PublicCode> publicCode;
    private SourceMap publiccodeSource;
    private byte[] governanceYml;
    private GovernanceParser parser;
    private GovernanceRules rules;

    /**
     * Generates the community, writes its governance.yml and builds the parser and the engine. For
     * {@code parseAndEvaluate}, checks that the text parses back to the same model without problems
     * (beyond about 220 organisations it does not: the parser's default limit of 100,000 YAML nodes).
     *
     * @param benchmark which benchmark this trial runs
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams benchmark) {
        governance = ScaleCommunity.generate(organisations);
        PubliccodeResult publiccode = ScaleCommunity.publiccode(governance);
        publicCode = publiccode.publicCode();
        publiccodeSource = publiccode.sourceMap();
        governanceYml = GovernanceWriter.write(governance).getBytes(StandardCharsets.UTF_8);
        parser = GovernanceParser.builder().build();
        rules = GovernanceRules.defaults();
        if (benchmark.getBenchmark().endsWith(".parseAndEvaluate")) {
            GovernanceResult parsed = parser.parse(governanceYml);
            if (!parsed.problems().isEmpty() || !parsed.governance().equals(Optional.of(governance))) {
                throw new IllegalStateException("the written governance.yml does not parse back: " + parsed.problems());
            }
        }
        System.err.printf(
                "%n%s; governance.yml %d bytes; %d findings%n",
                ScaleCommunity.describe(governance),
                governanceYml.length,
                evaluate().findings().size());
    }

    /**
     * Evaluates every default rule once.
     *
     * @return the evaluation
     */
    @Benchmark
    public Evaluation evaluate() {
        return rules.evaluate(RuleContext.of(governance, publicCode, ScaleCommunity.EVALUATION_DATE));
    }

    /**
     * Parses the governance.yml text, then evaluates every default rule with its source map.
     *
     * @return the evaluation
     */
    @Benchmark
    public Evaluation parseAndEvaluate() {
        GovernanceResult parsed = parser.parse(governanceYml);
        return rules.evaluate(new RuleContext(
                parsed.governance().orElseThrow(),
                publicCode,
                ScaleCommunity.EVALUATION_DATE,
                parsed.sourceMap(),
                publiccodeSource));
    }
}
