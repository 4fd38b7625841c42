package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the sample reports of {@code docs/reports.md} real: the text between {@code <!--
 * generated:sample-FORMAT:begin -->} and {@code <!-- generated:sample-FORMAT:end -->} must be the
 * output of {@value #COMMAND} with that {@code --format}, cut the way {@link #excerpt} documents.
 * Run with {@code -Dospo.updateDocs=true} to rewrite the file instead of failing.
 */
class ReportsDocTest {

    /** The command the samples show, as the docs write it (from the repository root). */
    static final String COMMAND =
            "ospo governance check --date 2026-12-01 --format FORMAT examples/repositories/contradicting-files";

    private static final Path DOC = Path.of("..", "docs", "reports.md");

    private static final Path EXAMPLE = Path.of("..", "examples", "repositories", "contradicting-files");

    private static final Pattern TEXT_FINDING = Pattern.compile("^  (ERROR|WARNING|INFO) +(FAIL|PASS|EXEMPTED|N/A) .*");

    /** How many findings the text and Markdown samples keep; the JSON sample keeps two. */
    private static final int FINDINGS = 4;

    /** The line that stands for what a sample leaves out. */
    static final String ELLIPSIS = "...";

    @Test
    void theSamplesAreTheOutputOfTheExample() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String expected = doc;
        for (String format : List.of("text", "json", "markdown", "github")) {
            expected = replace(expected, "sample-" + format, fenced(format, excerpt(format, report(format))));
        }
        if (!expected.equals(doc) && Boolean.getBoolean("ospo.updateDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
            doc = expected;
        }
        assertThat(doc)
                .as("docs/reports.md is out of date; run ReportsDocTest with -Dospo.updateDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void theDocNamesTheCommandAndNoMadeUpCode() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);

        assertThat(doc).contains("\n" + COMMAND + "\n");
        assertThat(doc).doesNotContain("key.unknown");
    }

    /** The whole report of the example, as the command line prints it. */
    private static String report(String format) {
        Cli.Run run = Cli.runOn(
                java.time.LocalDate.of(2026, 12, 1),
                "governance",
                "check",
                "--date",
                "2026-12-01",
                "--format",
                format,
                EXAMPLE.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).as("the example fails its check").isEqualTo(1);
        return run.out();
    }

    /**
     * The part of a report a sample shows: text and Markdown up to the {@value #FINDINGS}th finding
     * (and text's result line), JSON up to its second finding and its closing lines, GitHub's first
     * {@value #FINDINGS} annotations and its result line; a line {@value #ELLIPSIS} stands for the rest.
     */
    static String excerpt(String format, String report) {
        List<String> lines = Arrays.asList(report.split("\n", -1));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1);
        }
        List<String> kept = new ArrayList<>();
        switch (format) {
            case "text" -> {
                int cut = nth(
                        lines, FINDINGS + 1, line -> TEXT_FINDING.matcher(line).matches());
                kept.addAll(lines.subList(0, cut));
                kept.add("  " + ELLIPSIS);
                kept.addAll(lines.subList(lines.size() - 2, lines.size())); // blank line, result
            }
            case "markdown" -> {
                int header = lines.indexOf("## Findings");
                int cut = header + 3 + FINDINGS; // heading, blank line, table head and rule
                kept.addAll(lines.subList(0, cut + 1));
                kept.add(ELLIPSIS);
            }
            case "json" -> {
                int findings = lines.indexOf("  \"findings\" : [ {");
                int cut = nth(lines.subList(findings, lines.size()), 2, "  }, {"::equals) + findings;
                kept.addAll(lines.subList(0, cut));
                kept.add("  }, " + ELLIPSIS);
                kept.addAll(lines.subList(lines.size() - 2, lines.size())); // "  } ]", "}"
            }
            case "github" -> {
                kept.addAll(lines.subList(0, Math.min(FINDINGS, lines.size() - 1)));
                kept.add(ELLIPSIS);
                kept.add(lines.get(lines.size() - 1)); // the result line
            }
            default -> throw new IllegalArgumentException(format);
        }
        return String.join("\n", kept) + "\n";
    }

    /** The index of the {@code n}th line (1-based) that matches, or the number of lines. */
    private static int nth(List<String> lines, int n, java.util.function.Predicate<String> matches) {
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (matches.test(lines.get(i)) && ++seen == n) {
                return i;
            }
        }
        return lines.size();
    }

    private static String fenced(String format, String content) {
        return "```" + (format.equals("text") || format.equals("github") ? "" : format) + "\n" + content + "```\n";
    }

    private static String replace(String doc, String name, String content) {
        String begin = "<!-- generated:" + name + ":begin -->\n";
        String end = "<!-- generated:" + name + ":end -->";
        int from = doc.indexOf(begin);
        int to = doc.indexOf(end);
        assertThat(from).as("docs/reports.md has the marker " + begin.strip()).isNotNegative();
        assertThat(to).as("docs/reports.md has the marker " + end).isGreaterThan(from);
        return doc.substring(0, from + begin.length()) + content + doc.substring(to);
    }
}
