package eu.ospo.examples;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.report.HtmlDashboard;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the HTML dashboard of a repository's community: evaluates the default rules over its
 * governance.yml and publiccode.yml on a date and writes the page. Quoted in the README.
 */
public final class RenderDashboard {

    private RenderDashboard() {}

    /**
     * Writes the dashboard.
     *
     * @param repository the folder holding governance.yml and publiccode.yml
     * @param date the evaluation date
     * @param out where to write the page (as UTF-8)
     * @throws IOException if a file cannot be read or the page cannot be written
     */
    public static void render(Path repository, LocalDate date, Writer out) throws IOException {
        // tag::dashboard[]
        GovernanceResult governance = GovernanceParser.builder().build().parse(repository.resolve("governance.yml"));
        PubliccodeResult publiccode = PubliccodeParser.builder().build().parse(repository.resolve("publiccode.yml"));
        GovernanceRules rules = GovernanceRules.defaults(); // or built from the community's ruleset
        Evaluation evaluation = rules.evaluate(new RuleContext(
                governance.governance().orElseThrow(),
                publiccode.publicCode(),
                date,
                governance.sourceMap().named("governance.yml"),
                publiccode.sourceMap().named("publiccode.yml")));

        HtmlDashboard dashboard = HtmlDashboard.builder()
                .governance(governance.governance().orElseThrow()) // the charts draw the model
                .rules(rules) // their lines are the rules' parameters
                .build(); // immutable, thread-safe
        dashboard.write(
                evaluation,
                ReportInput.of("1.0.0").withRules(rules.rules()).withProblems("governance.yml", governance.problems()),
                out); // streamed section by section; one self-contained page
        // end::dashboard[]
    }

    /**
     * Command-line entry: {@code RenderDashboard DIR [YYYY-MM-DD] > report.html}.
     *
     * @param args the folder and, optionally, the date
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now();
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        render(Path.of(args[0]), date, out);
        out.flush();
    }
}
