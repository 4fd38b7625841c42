package eu.ospo.benchmarks;

import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.Level;
import eu.ospo.governance.rules.Rule;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.governance.rules.Ruleset;
import eu.ospo.model.Governance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rule grows faster than the community? Times each default rule alone (every other rule
 * {@link Level#OFF}) over the {@link ScaleCommunity} communities and prints the times and the
 * ratio between consecutive sizes; a rule whose time quadruples when the community doubles is
 * quadratic. The last row has every rule off: what the engine does before any rule (indexing the
 * model), which every row includes.
 *
 * <p>A diagnostic with a plain clock (median of {@value #RUNS} runs after {@value #WARM_UP}), not a
 * measurement: {@link GovernanceScaleBenchmark} is. Run it from the benchmarks jar:
 *
 * <pre>{@code
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar eu.ospo.benchmarks.RuleByRule [25 50 100 200]
 * }</pre>
 */
public final class RuleByRule {

    private static final int WARM_UP = 40;
    private static final int RUNS = 25;
    private static final int[] DEFAULT_SIZES = {25, 50, 100, 200};
    private static final String NO_RULE = "(every rule off)";

    private RuleByRule() {}

    /**
     * Prints the table.
     *
     * @param args the community sizes (organisations), in increasing order; default 25 50 100 200
     */
    public static void main(String[] args) {
        int[] sizes = args.length == 0
                ? DEFAULT_SIZES
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        List<RuleContext> contexts = new ArrayList<>();
        for (int size : sizes) {
            Governance governance = ScaleCommunity.generate(size);
            contexts.add(RuleContext.of(
                    governance, ScaleCommunity.publiccode(governance).publicCode(), ScaleCommunity.EVALUATION_DATE));
        }
        StringBuilder header = new StringBuilder(String.format("%-26s", "rule (ms)"));
        Arrays.stream(sizes).forEach(size -> header.append(String.format("%9d", size)));
        header.append("   ratios");
        System.out.println(header);
        engines().forEach((name, engine) -> {
            double[] times = contexts.stream()
                    .mapToDouble(context -> medianMillis(engine, context))
                    .toArray();
            StringBuilder row = new StringBuilder(String.format("%-26s", name));
            Arrays.stream(times).forEach(time -> row.append(String.format("%9.3f", time)));
            row.append("  ");
            for (int i = 1; i < times.length; i++) {
                row.append(String.format(" %5.2f", times[i] / times[i - 1]));
            }
            System.out.println(row);
        });
    }

    /** One engine per default rule with only that rule on, then one with every rule off. */
    private static Map<String, GovernanceRules> engines() {
        List<String> ids = GovernanceRules.defaultRules().stream().map(Rule::id).toList();
        Map<String, GovernanceRules> engines = new LinkedHashMap<>();
        for (String id : ids) {
            engines.put(id, onlyRule(ids, id));
        }
        engines.put(NO_RULE, onlyRule(ids, NO_RULE));
        return engines;
    }

    private static GovernanceRules onlyRule(List<String> ids, String kept) {
        Ruleset ruleset = Ruleset.defaults();
        for (String id : ids) {
            if (!id.equals(kept)) {
                ruleset = ruleset.withLevel(id, Level.OFF);
            }
        }
        return GovernanceRules.builder().ruleset(ruleset).build();
    }

    private static double medianMillis(GovernanceRules engine, RuleContext context) {
        long findings = 0;
        for (int i = 0; i < WARM_UP; i++) {
            findings += engine.evaluate(context).findings().size();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            findings += engine.evaluate(context).findings().size();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        if (findings < 0) {
            throw new AssertionError("unreachable: keeps the evaluations alive");
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }
}
