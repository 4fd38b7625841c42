package eu.ospo.governance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.report.ReportFormat;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.ReportWriter;
import eu.ospo.governance.rules.Evaluation;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An evaluation written in every {@link ReportFormat} (whatever {@code values()} holds, so that a
 * new format is fuzzed from the day it is added), and what the fuzz targets assert of each.
 */
final class Reported {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<ReportFormat, String> reports;

    private Reported(Map<ReportFormat, String> reports) {
        this.reports = reports;
    }

    /** Writes the evaluation with each format's writer. No exception may escape a writer. */
    static Reported write(Evaluation evaluation, ReportInput input, Function<ReportFormat, ReportWriter> writers) {
        Map<ReportFormat, String> reports = new java.util.EnumMap<>(ReportFormat.class);
        for (ReportFormat format : ReportFormat.values()) {
            StringWriter out = new StringWriter();
            try {
                writers.apply(format).write(evaluation, input, out);
            } catch (IOException e) {
                throw new AssertionError("a StringWriter does not fail", e);
            }
            reports.put(format, out.toString());
        }
        return new Reported(reports);
    }

    String get(ReportFormat format) {
        return reports.get(format);
    }

    /** JSON and SARIF parse (JSON with one entry per finding and per problem); the HTML dashboard runs no script. */
    void assertStructured(Evaluation evaluation, ReportInput input) {
        assertJson(reports.get(ReportFormat.JSON), evaluation, input);
        assertSarif(reports.get(ReportFormat.SARIF));
        assertHtml(reports.get(ReportFormat.HTML));
    }

    /**
     * Every format meant for a terminal or a CI log (text, and any format that is not JSON, SARIF,
     * Markdown or HTML, such as GitHub workflow commands) has no control character but LF and TAB.
     */
    void assertText() {
        reports.forEach((format, text) -> {
            if (!STRUCTURED.contains(format)) {
                SafeText.assertTerminalSafe(text);
            }
        });
    }

    private static final java.util.Set<ReportFormat> STRUCTURED =
            java.util.EnumSet.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.MARKDOWN, ReportFormat.HTML);

    private static void assertJson(String text, Evaluation evaluation, ReportInput input) {
        JsonNode report = JSON.readTree(text);
        assertThat(report.path("findings").size())
                .as("findings in\n%s", text)
                .isEqualTo(evaluation.findings().size());
        assertThat(report.path("problems").size())
                .as("problems in\n%s", text)
                .isEqualTo(input.problems().size());
        assertThat(report.path("passed").isBoolean()).as("passed in\n%s", text).isTrue();
    }

    private static void assertSarif(String text) {
        JsonNode sarif = JSON.readTree(text);
        assertThat(sarif.path("version").asString())
                .as("SARIF version in\n%s", text)
                .isEqualTo("2.1.0");
        assertThat(sarif.path("runs").isArray()).as("runs in\n%s", text).isTrue();
    }

    /** The dashboard is a page without scripts: no script element, no event handler, no javascript: link. */
    private static void assertHtml(String text) {
        List<String> active = new ArrayList<>();
        for (Element element : Jsoup.parse(text).getAllElements()) {
            if (List.of("script", "iframe", "object", "embed").contains(element.normalName())) {
                active.add(element.normalName());
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT);
                if (name.startsWith("on") || value.startsWith("javascript:")) {
                    active.add(element.normalName() + "[" + name + "]");
                }
            }
        }
        assertThat(active).as("active content in the dashboard").isEmpty();
    }
}
