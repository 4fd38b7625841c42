package eu.ospo.publiccode.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.Verdict;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.SharedData;
import eu.ospo.publiccode.conformance.Mutants.Mutant;
import eu.ospo.publiccode.conformance.ReferenceBatch.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Differential test against the reference validator's own build ({@code pcbatch}, see {@link
 * ReferenceBatch}): every real corpus file and {@value #MUTANTS} seeded mutations of them ({@link
 * Mutants}, seed {@value #SEED}, written under {@code target/differential}, never committed) are
 * validated by both, from the same folder, and compared on the verdict (valid, valid with warnings,
 * invalid). Every real file must agree; the mutants must agree at least {@value #MINIMUM_AGREEMENT}
 * of the time, and each disagreement must be one of the explained {@link Divergence}s. With {@code
 * -Dospo.conformance.update=true} the figures are written into {@code CONFORMANCE.md}.
 */
class DifferentialTest {

    static final long SEED = 20_261_202L;
    static final int MUTANTS = 3_300;
    /** The documented minimum share of mutants on whose verdict both validators agree. */
    static final double MINIMUM_AGREEMENT = 0.995;

    /** Its section of CONFORMANCE.md. */
    static final GeneratedSection SECTION =
            new GeneratedSection("<!-- differential:begin -->", "<!-- differential:end -->");

    /** Why the two validators may give different verdicts; each is explained in CONFORMANCE.md. */
    enum Divergence {
        REFERENCE_CRASH(
                "The reference panics (a Go nil-pointer dereference) and gives no verdict, e.g. on a null item in"
                        + " `description.*.videos`; we report the problem.",
                (ours, theirs) -> theirs.crashed()),
        CONTROL_CHARACTER(
                "The file holds a control character that YAML 1.2 does not allow in a document (NUL, ESC, ...):"
                        + " we report `yaml.syntax`, the reference's YAML library reads it as text.",
                (ours, theirs) -> !theirs.verdict().equals("invalid") && yamlSyntaxError(ours, true)),
        LENIENT_YAML(
                "Text YAML 1.2 does not allow, which the reference's YAML library (go-yaml) accepts: a plain scalar"
                        + " that starts with an indicator (`version: }1.8`), `: ` inside a multi-line plain scalar,"
                        + " and the like. We report `yaml.syntax`, as SnakeYAML Engine does.",
                (ours, theirs) -> !theirs.verdict().equals("invalid") && yamlSyntaxError(ours, false)),
        REFERENCE_YAML_BUG(
                "Valid YAML 1.2 that the reference's YAML library rejects: an anchor on an empty item of a flow"
                        + " sequence (`[web, &x ]`: \"could not find '[' character corresponding to ']'\") or on an"
                        + " empty last node (\"undefined anchor value\"). We read the item as null, which a list of"
                        + " strings takes as the empty string, as the reference does for the same item in block"
                        + " style.",
                (ours, theirs) -> theirs.verdict().equals("invalid")
                        && theirs.problems().startsWith("E||")
                        && !yamlSyntaxError(ours, false)
                        && !yamlSyntaxError(ours, true));

        final String reason;
        final BiPredicate<PubliccodeResult, Answer> matches;

        Divergence(String reason, BiPredicate<PubliccodeResult, Answer> matches) {
            this.reason = reason;
            this.matches = matches;
        }

        static Optional<Divergence> of(PubliccodeResult ours, Answer theirs) {
            return Stream.of(values()).filter(d -> d.matches.test(ours, theirs)).findFirst();
        }
    }

    /** One input where the verdicts differ. */
    record Disagreement(String name, String source, PubliccodeResult ours, Answer theirs, Optional<Divergence> why) {
        String describe() {
            return name + " (from " + source + "): ours " + verdict(ours.verdict()) + " "
                    + ours.problems().stream()
                            .map(p -> p.severity().label().charAt(0) + "|" + p.code() + "|" + p.key() + "@" + p.line()
                                    + ":" + p.column())
                            .toList()
                    + "; reference " + theirs.verdict() + " " + theirs.problems();
        }
    }

    @Test
    void agreesWithTheReferenceOnRealFilesAndTheirMutants() throws IOException {
        Path corpus = SharedData.require("corpus/publiccode-real");
        Optional<ReferenceBatch> reference = ReferenceBatch.locate();
        assumeTrue(
                reference.isPresent(),
                () -> "skipped: the reference validator's pcbatch (a Linux x86-64 build) was not found under "
                        + SharedData.root().resolve("reference/publiccode-parser-go"));

        Path folder = Path.of("target", "differential").toAbsolutePath();
        clean(folder);
        Mutants mutants = Mutants.of(corpus);
        List<String> names = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        try (Stream<Path> listing = Files.list(corpus)) {
            for (Path file : listing.filter(DifferentialTest::isYaml).sorted().toList()) {
                String name = file.getFileName().toString();
                Files.copy(file, folder.resolve(name));
                names.add(name);
                sources.add(name);
            }
        }
        int real = names.size();
        List<Mutant> drawn = mutants.draw(MUTANTS, SEED);
        for (int i = 0; i < drawn.size(); i++) {
            String name = String.format(Locale.ROOT, "mutant-%04d.yml", i);
            Mutants.write(folder.resolve(name), drawn.get(i).text());
            names.add(name);
            sources.add(drawn.get(i).source() + " " + drawn.get(i).edits());
        }

        Map<String, Answer> answers = reference.get().run(folder, names);
        PubliccodeParser parser =
                PubliccodeParser.builder().baseDirectory(folder).build();
        List<Disagreement> disagreements = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            PubliccodeResult ours = parser.parse(folder.resolve(names.get(i)));
            Answer theirs = answers.get(names.get(i));
            assertThat(theirs).as("the reference's answer for %s", names.get(i)).isNotNull();
            if (!verdict(ours.verdict()).equals(theirs.verdict())) {
                disagreements.add(
                        new Disagreement(names.get(i), sources.get(i), ours, theirs, Divergence.of(ours, theirs)));
            }
        }
        List<Disagreement> onReal = disagreements.stream()
                .filter(d -> !d.name().startsWith("mutant-"))
                .toList();
        long mutantAgreements = MUTANTS - (disagreements.size() - onReal.size());
        Figures figures = new Figures(real, real - onReal.size(), MUTANTS, mutantAgreements, disagreements);
        if (Boolean.getBoolean("ospo.conformance.update")) {
            write(figures);
        }

        assertThat(real).as("real corpus files").isGreaterThan(300);
        assertThat(onReal.stream().map(Disagreement::describe))
                .as("real files whose verdicts differ")
                .isEmpty();
        assertThat(disagreements.stream().filter(d -> d.why().isEmpty()).map(Disagreement::describe))
                .as("disagreements that are none of the explained divergences")
                .isEmpty();
        assertThat(mutantAgreements / (double) MUTANTS)
                .as("share of mutants with the same verdict (documented minimum)")
                .isGreaterThanOrEqualTo(MINIMUM_AGREEMENT);
        assertThat(Files.readString(Path.of("..", "CONFORMANCE.md"), StandardCharsets.UTF_8))
                .as("CONFORMANCE.md reports the differential test")
                .contains(SECTION.begin(), SECTION.end());
    }

    /**
     * Issue 6, item 9: {@code platforms: [web, &x ]} (an anchor on an empty item of a flow list) is valid
     * YAML 1.2; we read the item as null, hence the empty string, as the reference reads the same item in
     * block style ({@code - &x}). The reference's YAML library fails to parse the flow form: a divergence
     * we keep and document ({@link Divergence#REFERENCE_YAML_BUG}); this test notices when either side
     * changes.
     */
    @Test
    void anAnchoredEmptyItemInAFlowListIsAnEmptyStringHereAndAParseErrorForTheReference() throws IOException {
        String block;
        try (var in = DifferentialTest.class.getResourceAsStream("/publiccode/v0/valid/platforms_null_items.yml")) {
            block = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String blockItems = "platforms:\n  - web\n  -\n  - &empty\n  - ~\n";
        assertThat(block).contains(blockItems);
        String flow = block.replace(blockItems, "platforms: [web, &x ]\n");
        PubliccodeParser parser = PubliccodeParser.builder().build();
        assertThat(parser.parse(block).problems()).isEmpty();
        PubliccodeResult ours = parser.parse(flow);
        assertThat(ours.problems()).isEmpty();
        assertThat(ours.publicCode().orElseThrow().platforms()).containsExactly("web", "");

        Optional<ReferenceBatch> reference = ReferenceBatch.locate();
        assumeTrue(reference.isPresent(), "skipped: the reference validator's pcbatch was not found");
        Path folder = Path.of("target", "differential-flow-anchor").toAbsolutePath();
        clean(folder);
        Files.writeString(folder.resolve("block.yml"), block, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("flow.yml"), flow, StandardCharsets.UTF_8);
        Map<String, Answer> answers = reference.get().run(folder, List.of("block.yml", "flow.yml"));
        assertThat(answers.get("block.yml").verdict()).isEqualTo("valid");
        assertThat(answers.get("flow.yml").verdict()).isEqualTo("invalid");
        assertThat(answers.get("flow.yml").problems()).contains("could not find '[' character corresponding to ']'");
        assertThat(Divergence.of(ours, answers.get("flow.yml"))).contains(Divergence.REFERENCE_YAML_BUG);
    }

    /** The figures of one run. */
    record Figures(
            int real, long realAgreements, int mutants, long mutantAgreements, List<Disagreement> disagreements) {}

    static String verdict(Verdict verdict) {
        return switch (verdict) {
            case VALID -> "valid";
            case VALID_WITH_WARNINGS -> "valid-with-warnings";
            case INVALID -> "invalid";
        };
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    private static void clean(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(folder);
    }

    /** Rewrites the differential section of CONFORMANCE.md (or appends it). */
    private static void write(Figures figures) throws IOException {
        Path target = Path.of(System.getProperty("ospo.repository.dir", "..")).resolve("CONFORMANCE.md");
        String text = Files.readString(target, StandardCharsets.UTF_8);
        Files.writeString(target, SECTION.replace(text, section(figures)), StandardCharsets.UTF_8);
    }

    static String section(Figures figures) {
        Map<Divergence, Long> counts = new EnumMap<>(Divergence.class);
        figures.disagreements().forEach(d -> d.why().ifPresent(w -> counts.merge(w, 1L, Long::sum)));
        StringBuilder md = new StringBuilder(SECTION.begin()).append("\n");
        md.append("## Differential test against the reference validator's build\n\n")
                .append("`DifferentialTest` (ospo-publiccode) runs the reference validator's own code (`pcbatch` in"
                        + " `../shared/reference/publiccode-parser-go`, network off) and ospo side by side on every"
                        + " real corpus file and on ")
                .append(String.format(Locale.ROOT, "%,d", figures.mutants()))
                .append(" seeded mutations of them (seed ")
                .append(SEED)
                .append("; lines deleted, duplicated or swapped, values replaced by others from the corpus or by"
                        + " edge values of the standard, values emptied, keys renamed, empty list items added,"
                        + " quotes toggled, indentation shifted, other versions declared, single bytes changed),"
                        + " all from one folder, and compares the verdicts. It runs in `./mvnw verify` and skips"
                        + " with a message when the binary is absent. Regenerate this section with"
                        + " `-Dospo.conformance.update=true -Dtest=DifferentialTest`.\n\n")
                .append("| inputs | count | same verdict |\n| --- | ---: | ---: |\n")
                .append(row("real files", figures.real(), figures.realAgreements()))
                .append(row("mutants", figures.mutants(), figures.mutantAgreements()))
                .append("\nThe test requires every real file to agree and at least ")
                .append(String.format(Locale.ROOT, "%.1f%%", MINIMUM_AGREEMENT * 100))
                .append(" of the mutants, and fails on any disagreement that is not one of these:\n\n")
                .append("| divergence | mutants | why |\n| --- | ---: | --- |\n");
        for (Divergence divergence : Divergence.values()) {
            md.append("| `")
                    .append(divergence.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append("` | ")
                    .append(counts.getOrDefault(divergence, 0L))
                    .append(" | ")
                    .append(divergence.reason)
                    .append(" |\n");
        }
        return md.append(SECTION.end()).append("\n").toString();
    }

    private static String row(String what, long count, long agreements) {
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %,d (%.2f%%) |\n",
                what,
                count,
                agreements,
                count == 0 ? 100.0 : agreements * 100.0 / count);
    }

    /** Whether we report a {@code yaml.syntax} error, for a character that is not allowed or for anything else. */
    static boolean yamlSyntaxError(PubliccodeResult ours, boolean character) {
        return ours.problems().stream()
                .filter(p -> p.severity() == Severity.ERROR && p.code().equals("yaml.syntax"))
                .map(Problem::message)
                .anyMatch(message ->
                        (message.contains("special character") || message.contains("DEL character")) == character);
    }
}
