package eu.ospo.cli.publiccode;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** The text and JSON renderers, on problems made by hand (no parser involved). */
class ReportsTest {

    private static final Problem ERROR =
            Problem.of("value.too-long", Severity.ERROR, "description.en.shortDescription", 12, 23, "too long");
    private static final Problem WARNING =
            Problem.of("field.deprecated", Severity.WARNING, "legal.repoOwner", 30, 3, "deprecated \"key\"");
    private static final Problem WHOLE_FILE = Problem.of("yaml.limit", Severity.ERROR, "", 0, 0, "file too large");

    private static String render(BiConsumer<List<FileOutcome>, PrintWriter> report, FileOutcome... outcomes) {
        StringWriter text = new StringWriter();
        report.accept(List.of(outcomes), new PrintWriter(text, true));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void textHasAProblemLinePerProblemAndASummaryPerFile() {
        String text = render(
                TextReport::print,
                new FileOutcome("a/publiccode.yml", List.of(ERROR, WARNING)),
                new FileOutcome("b.yml", List.of()),
                new FileOutcome("c.yml", List.of(WARNING, WARNING)),
                new FileOutcome("d.yml", List.of(WHOLE_FILE)));

        assertThat(text).isEqualTo("""
                a/publiccode.yml:12:23: error: description.en.shortDescription: too long
                a/publiccode.yml:30:3: warning: legal.repoOwner: deprecated "key"
                a/publiccode.yml: invalid (1 error, 1 warning)
                b.yml: valid
                c.yml:30:3: warning: legal.repoOwner: deprecated "key"
                c.yml:30:3: warning: legal.repoOwner: deprecated "key"
                c.yml: valid (2 warnings)
                d.yml:0:0: error: file too large
                d.yml: invalid (1 error)
                """);
    }

    @Test
    void jsonKeepsTheDocumentedFieldOrderAndIsPrettyPrinted() {
        String json = render(
                JsonReport::print,
                new FileOutcome("a/publiccode.yml", List.of(ERROR, WARNING)),
                new FileOutcome("b.yml", List.of()));

        assertThat(json.replaceAll("\\s+", ""))
                .isEqualTo("[{\"file\":\"a/publiccode.yml\",\"valid\":false,\"problems\":["
                        + "{\"type\":\"error\",\"code\":\"value.too-long\",\"key\":\"description.en.shortDescription\","
                        + "\"line\":12,\"column\":23,\"description\":\"toolong\"},"
                        + "{\"type\":\"warning\",\"code\":\"field.deprecated\",\"key\":\"legal.repoOwner\","
                        + "\"line\":30,\"column\":3,\"description\":\"deprecated\\\"key\\\"\"}]},"
                        + "{\"file\":\"b.yml\",\"valid\":true,\"problems\":[]}]");
        assertThat(json.lines()).hasSizeGreaterThan(5);
        assertThat(json).endsWith("]\n");
    }

    @Test
    void jsonOfWarningsOnlyIsValid() {
        String json = render(JsonReport::print, new FileOutcome("c.yml", List.of(WARNING)));

        assertThat(json.replaceAll("\\s+", "")).startsWith("[{\"file\":\"c.yml\",\"valid\":true,");
    }

    @Test
    void problemsAreSortedByLineThenColumnInEveryFormat() {
        FileOutcome outcome = new FileOutcome("a.yml", List.of(WARNING, ERROR, WHOLE_FILE));

        assertThat(outcome.problems()).containsExactly(WHOLE_FILE, ERROR, WARNING);
        assertThat(render(TextReport::print, outcome).lines().toList())
                .startsWith(
                        "a.yml:0:0: error: file too large",
                        "a.yml:12:23: error: description.en.shortDescription: too long",
                        "a.yml:30:3: warning: legal.repoOwner: deprecated \"key\"");
    }
}
