package eu.ospo.publiccode.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.Verdict;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the reference validator's own test inputs ({@code expected-offline.tsv}) and the real corpus,
 * measures agreement, and (with {@code -Dospo.conformance.update=true}) rewrites {@code
 * CONFORMANCE.md}. Every difference must have a one-line reason in {@code
 * conformance/differences.tsv}; a new, unexplained difference fails the build.
 */
class ConformanceTest {

    private static final PubliccodeParser PARSER = PubliccodeParser.builder().build();

    @Test
    void agreesWithTheReferenceValidator() throws IOException {
        Path conformance = SharedData.require("conformance/publiccode");
        List<Row> rows = Row.read(conformance.resolve("expected-offline.tsv"));
        Map<String, String> reasons = reasons();
        List<Outcome> outcomes = new ArrayList<>();
        for (Row row : rows) {
            PubliccodeResult result = PARSER.parse(conformance.resolve(row.path()));
            outcomes.add(Outcome.of(row, result));
        }
        Figures all = Figures.of(outcomes);
        Figures v0 = Figures.of(outcomes.stream()
                .filter(o -> o.row().path().startsWith("testdata/v0/"))
                .toList());
        List<Outcome> differences = outcomes.stream()
                .filter(o -> !o.keysAgree() || !o.positionsAgree())
                .toList();

        Corpus corpus = Corpus.run(SharedData.root().resolve("corpus/publiccode-real"));
        assertThat(corpus.files()).as("real corpus files validated").isGreaterThan(0);
        assertThat(corpus.verdicts().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .as("a verdict for every corpus file")
                .isEqualTo(corpus.files());
        if (Boolean.getBoolean("ospo.conformance.update")) {
            write(all, v0, differences, reasons, corpus);
        }

        assertThat(outcomes).as("rows run").hasSize(rows.size()).isNotEmpty();
        assertThat(outcomes.stream().filter(o -> !o.verdictAgrees()).map(Outcome::describe))
                .as("verdict disagreements")
                .isEmpty();
        assertThat(v0.keys()).as("(severity, key) agreement on v0 rows").isGreaterThanOrEqualTo(0.90);
        assertThat(differences.stream()
                        .filter(d -> reasonFor(reasons, d.row().path()).isEmpty())
                        .map(Outcome::describe))
                .as("differences without a reason in conformance/differences.tsv")
                .isEmpty();
        assertThat(reasons.keySet().stream()
                        .filter(pattern -> differences.stream()
                                .noneMatch(d -> matches(pattern, d.row().path()))))
                .as("reasons that match no difference any more (remove them)")
                .isEmpty();
    }

    /** The reason for a path: an exact entry first, else the first glob pattern ({@code *}) that matches. */
    static java.util.Optional<String> reasonFor(Map<String, String> reasons, String path) {
        if (reasons.containsKey(path)) {
            return java.util.Optional.of(reasons.get(path));
        }
        return reasons.entrySet().stream()
                .filter(e -> e.getKey().contains("*") && matches(e.getKey(), path))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    static boolean matches(String pattern, String path) {
        if (!pattern.contains("*")) {
            return pattern.equals(path);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (regex.length() > 0 || pattern.startsWith("*")) {
                regex.append(".*");
            }
            regex.append(java.util.regex.Pattern.quote(part));
        }
        return path.matches(regex.toString().replaceFirst("^\\.\\*", pattern.startsWith("*") ? ".*" : ""));
    }

    static Map<String, String> reasons() throws IOException {
        try (var in = ConformanceTest.class.getResourceAsStream("/conformance/differences.tsv")) {
            if (in == null) {
                return Map.of();
            }
            Map<String, String> reasons = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                reasons.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
            return reasons;
        }
    }

    /** One row of the expectations file. */
    record Row(String path, String verdict, List<Expected> expected) {
        static List<Row> read(Path tsv) throws IOException {
            List<Row> rows = new ArrayList<>();
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("path\t")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns[1].equals("?")) {
                    continue;
                }
                List<Expected> expected = new ArrayList<>();
                if (!columns[2].isEmpty()) {
                    for (String item : columns[2].split(";(?=[EW]\\|)")) {
                        String[] parts = item.split("\\|", 4);
                        String[] position = parts[2].split(":");
                        expected.add(new Expected(
                                parts[0].equals("E") ? Severity.ERROR : Severity.WARNING,
                                parts[1],
                                Integer.parseInt(position[0]),
                                Integer.parseInt(position[1])));
                    }
                }
                rows.add(new Row(columns[0], columns[1], expected));
            }
            return rows;
        }

        Verdict expectedVerdict() {
            return switch (verdict) {
                case "valid" -> Verdict.VALID;
                case "valid-with-warnings" -> Verdict.VALID_WITH_WARNINGS;
                default -> Verdict.INVALID;
            };
        }
    }

    /** One expected problem. */
    record Expected(Severity severity, String key, int line, int column) {
        String id() {
            return (severity == Severity.ERROR ? "E" : "W") + "|" + key;
        }

        String at() {
            return line + ":" + column;
        }
    }

    /** How one row went. */
    record Outcome(
            Row row,
            Verdict verdict,
            TreeSet<String> expectedKeys,
            TreeSet<String> actualKeys,
            boolean positionsAgree,
            boolean linesAgree,
            List<Problem> problems) {

        static Outcome of(Row row, PubliccodeResult result) {
            TreeSet<String> expected =
                    row.expected().stream().map(Expected::id).collect(Collectors.toCollection(TreeSet::new));
            TreeSet<String> actual = result.problems().stream()
                    .filter(p -> p.severity() != Severity.INFO)
                    .map(p -> (p.isError() ? "E" : "W") + "|" + p.key())
                    .collect(Collectors.toCollection(TreeSet::new));
            boolean positions = true;
            boolean lines = true;
            for (Expected e : row.expected()) {
                List<Problem> same = result.problems().stream()
                        .filter(p -> ((p.isError() ? "E" : "W") + "|" + p.key()).equals(e.id()))
                        .toList();
                positions &= same.stream().anyMatch(p -> p.line() == e.line() && p.column() == e.column());
                lines &= same.stream().anyMatch(p -> p.line() == e.line());
            }
            return new Outcome(row, result.verdict(), expected, actual, positions, lines, result.problems());
        }

        boolean verdictAgrees() {
            return verdict == row.expectedVerdict();
        }

        boolean keysAgree() {
            return expectedKeys.equals(actualKeys);
        }

        String describe() {
            return row.path() + ": expected " + row.expectedVerdict() + " " + expectedKeys + ", got " + verdict + " "
                    + actualKeys;
        }
    }

    /** Agreement ratios over a set of rows. */
    record Figures(int rows, double verdicts, double keys, double positions, double lines) {
        static Figures of(List<Outcome> outcomes) {
            int n = outcomes.size();
            Function<java.util.function.Predicate<Outcome>, Double> ratio =
                    p -> n == 0 ? 1.0 : outcomes.stream().filter(p).count() / (double) n;
            return new Figures(
                    n,
                    ratio.apply(Outcome::verdictAgrees),
                    ratio.apply(Outcome::keysAgree),
                    ratio.apply(o -> o.keysAgree() && o.positionsAgree()),
                    ratio.apply(o -> o.keysAgree() && o.linesAgree()));
        }
    }

    /** Results over the real corpus. */
    record Corpus(int files, Map<Verdict, Long> verdicts, Map<String, Long> codes) {
        static Corpus run(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                return new Corpus(0, Map.of(), Map.of());
            }
            Map<Verdict, Long> verdicts = new TreeMap<>();
            Map<String, Long> codes = new TreeMap<>();
            int files = 0;
            try (Stream<Path> paths = Files.list(dir)) {
                List<Path> yaml = paths.filter(p ->
                                p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                        .sorted()
                        .toList();
                for (Path path : yaml) {
                    // from bytes: the files these reference (logos, screenshots) are not part of the corpus
                    PubliccodeResult result = PARSER.parse(Files.readAllBytes(path));
                    assertThat(result.verdict()).as("verdict of " + path).isNotNull();
                    files++;
                    verdicts.merge(result.verdict(), 1L, Long::sum);
                    result.problems().forEach(p -> codes.merge(p.code(), 1L, Long::sum));
                }
            }
            return new Corpus(files, verdicts, codes);
        }
    }

    private static String percent(double ratio) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private static void write(
            Figures all, Figures v0, List<Outcome> differences, Map<String, String> reasons, Corpus corpus)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Conformance\n\n")
                .append("Generated by `ConformanceTest` (ospo-publiccode). Regenerate with:\n\n")
                .append("```\n./mvnw -B -pl ospo-publiccode -am verify -Dospo.conformance.update=true"
                        + " -Dtest=ConformanceTest -Dsurefire.failIfNoSpecifiedTests=false\n```\n\n")
                .append("## Against the reference validator's own test inputs\n\n")
                .append("Input: `../shared/conformance/publiccode/expected-offline.tsv` (italia/publiccode-parser-go"
                        + " test data, network checks off; the `?` rows are left out). Each row is compared on:"
                        + " the verdict (valid / valid with warnings / invalid); the set of (severity, key) pairs;"
                        + " and, where those agree, every expected position (line:column), also counted on lines"
                        + " alone.\n\n")
                .append("| rows | count | verdict | (severity, key) | positions | lines |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        row(md, "v0", v0);
        row(md, "all (v0 + v1)", all);
        md.append("\nTargets: 100% verdict agreement; at least 90% (severity, key) agreement on the v0 rows.\n\n")
                .append("## Differences\n\n")
                .append("Every row where the (severity, key) sets or the positions differ, with the reason.\n\n")
                .append("| file | expected | ours | reason |\n| --- | --- | --- | --- |\n");
        for (Outcome d : differences) {
            md.append("| `")
                    .append(d.row().path().replace("testdata/", ""))
                    .append("` | ")
                    .append(d.row().expected().stream()
                            .map(e -> e.id() + "@" + e.at())
                            .collect(Collectors.joining("<br>")))
                    .append(" | ")
                    .append(d.problems().stream()
                            .map(p -> (p.isError() ? "E" : "W") + "|" + p.key() + "@" + p.line() + ":" + p.column())
                            .collect(Collectors.joining("<br>")))
                    .append(" | ")
                    .append(reasonFor(reasons, d.row().path()).orElse("(no reason given)"))
                    .append(" |\n");
        }
        md.append("\n## Real corpus\n\n")
                .append("Every file in `../shared/corpus/publiccode-real` (")
                .append(corpus.files())
                .append(" real publiccode.yml files from public repositories), validated offline from memory:"
                        + " the files they reference (logos, screenshots) are not part of the corpus, so existence"
                        + " checks are left out. No file raised an exception.\n\n")
                .append("| verdict | files |\n| --- | ---: |\n");
        for (Verdict verdict : Verdict.values()) {
            md.append("| ")
                    .append(verdict.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .append(" | ")
                    .append(corpus.verdicts().getOrDefault(verdict, 0L))
                    .append(" |\n");
        }
        md.append("\nThe ten most frequent problem codes:\n\n| code | count |\n| --- | ---: |\n");
        corpus.codes().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .forEach(e -> md.append("| `")
                        .append(e.getKey())
                        .append("` | ")
                        .append(e.getValue())
                        .append(" |\n"));
        Path target = Path.of(System.getProperty("ospo.repository.dir", "..")).resolve("CONFORMANCE.md");
        // the online and the differential sections are NetworkConformanceTest's and DifferentialTest's: kept
        String current = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : "";
        String online = NetworkConformanceTest.section(current);
        String differential = DifferentialTest.SECTION.of(current);
        Files.writeString(
                target,
                md + (online.isEmpty() ? "" : "\n" + online) + (differential.isEmpty() ? "" : "\n" + differential),
                StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder md, String name, Figures f) {
        md.append("| ")
                .append(name)
                .append(" | ")
                .append(f.rows())
                .append(" | ")
                .append(percent(f.verdicts()))
                .append(" | ")
                .append(percent(f.keys()))
                .append(" | ")
                .append(percent(f.positions()))
                .append(" | ")
                .append(percent(f.lines()))
                .append(" |\n");
    }
}
