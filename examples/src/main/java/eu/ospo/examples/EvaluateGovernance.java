package eu.ospo.examples;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.governance.rules.Status;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reads a repository's governance.yml and publiccode.yml, evaluates the default governance rules on
 * a date, and prints the failures. Quoted in the README.
 */
public final class EvaluateGovernance {

    private EvaluateGovernance() {}

    /**
     * Evaluates the repository's governance.
     *
     * @param repository the folder holding governance.yml and publiccode.yml
     * @param date the evaluation date
     * @param out where to print
     * @return whether no error-severity rule failed
     * @throws IOException if a file cannot be read
     */
    public static boolean evaluate(Path repository, LocalDate date, PrintStream out) throws IOException {
        // tag::governance[]
        GovernanceResult governance = GovernanceParser.builder()
                .build() // reusable, thread-safe
                .parse(repository.resolve("governance.yml"));
        PubliccodeResult publiccode = PubliccodeParser.builder().build().parse(repository.resolve("publiccode.yml"));
        governance.problems().forEach(p -> out.println(p.format("governance.yml")));

        RuleContext context = new RuleContext(
                governance.governance().orElseThrow(), // present when governance.yml has no error
                publiccode.publicCode(), // optional: the PC-* and XF-* rules need it
                date, // rules never read the clock
                governance.sourceMap(), // so findings point at lines
                publiccode.sourceMap());
        Evaluation evaluation = GovernanceRules.defaults().evaluate(context);

        for (Finding finding : evaluation.findings()) {
            if (finding.status() == Status.FAIL) {
                out.println(finding.severity().label() + " " + finding.ruleId() + ": " + finding.message());
            }
        }
        return evaluation.passed(); // no error-severity rule failed
        // end::governance[]
    }

    /**
     * Command-line entry: {@code EvaluateGovernance DIR [YYYY-MM-DD]}.
     *
     * @param args the folder and, optionally, the date
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now();
        boolean passed = evaluate(Path.of(args[0]), date, System.out);
        System.exit(passed ? 0 : 1);
    }
}
