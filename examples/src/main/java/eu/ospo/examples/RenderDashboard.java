package eu.ospo.examples;

import eu.ospo.governance.check.RepositoryCheck;
import eu.ospo.governance.check.RepositoryResult;
import eu.ospo.governance.report.HtmlDashboard;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the HTML dashboard of a repository's community: checks the folder (its publiccode.yml and
 * governance.yml, the default rules on a date) and writes the page. Quoted in the README.
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
        RepositoryCheck check = RepositoryCheck.builder()
                .date(date) // the evaluation date: the dark line on the timeline
                .build(); // default rules; their parameters are the charts' lines
        RepositoryResult result = check.check(repository); // publiccode.yml, governance.yml, the rules

        HtmlDashboard.write(check, result, out); // one self-contained page, streamed section by section

        // or from the parts, for a model and an evaluation you already have:
        // HtmlDashboard.builder().governance(governance).rules(rules).build().write(evaluation, input, out);
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
