package eu.ospo.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import eu.ospo.publiccode.SharedData;
import eu.ospo.yaml.YamlLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BlockSubsetParser} reads every text it accepts exactly as SnakeYAML Engine does (the same
 * nodes, values, types, lines and columns, and no problem), and it accepts the real files it exists
 * for. Texts: the real corpus and the reference validator's test files, both with thousands of
 * random edits, and generated documents that mix every construct of the subset with its edges
 * (block scalars with blank, space-only and deeper lines, every chomping, indentless sequences,
 * comments at any indentation) and with constructs it must decline.
 */
class BlockSubsetParserTest {

    private static final YamlLimits LIMITS = YamlLimits.DEFAULT;
    private static final YamlLoader LOADER = new YamlLoader(LIMITS);

    /** Checks one text; returns whether the subset parser accepted it. */
    private static boolean agrees(String text) {
        YamlDocument quick = BlockSubsetParser.read(text, LIMITS, List.of());
        if (quick == null) {
            return false;
        }
        YamlDocument slow = LOADER.loadWithSnakeYaml(text);
        assertThat(quick.problems()).as("the problems with:%n%s", text).isEqualTo(slow.problems());
        assertThat(quick.root()).as("the tree of:%n%s", text).isEqualTo(slow.root());
        return true;
    }

    /** Checks each text; returns how many the subset parser accepted. */
    private static int accepted(List<String> texts) {
        int accepted = 0;
        for (String text : texts) {
            accepted += agrees(text) ? 1 : 0;
        }
        return accepted;
    }

    private static List<String> sharedTexts(String folder) throws IOException {
        Path root = SharedData.require(folder);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList()) {
                byte[] bytes = Files.readAllBytes(file);
                int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
                if (Utf8Validation.check(bytes, offset, bytes.length).malformedAt() < 0) {
                    texts.add(new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    @Test
    void readsNearlyAllRealFilesAsSnakeYamlDoes() throws IOException {
        List<String> texts = sharedTexts("corpus/publiccode-real");
        int accepted = accepted(texts);
        assertThat(texts).hasSizeGreaterThan(300);
        // it pays only when it takes nearly every real file: each file left to SnakeYAML runs its
        // scanner and parser, interpreted at first (303 of the 307 were taken when this was written;
        // three of the others are not well-formed)
        assertThat(accepted).as("accepted %d of %d", accepted, texts.size()).isGreaterThan(texts.size() * 95 / 100);
    }

    @Test
    void readsTheReferenceTestFilesAsSnakeYamlDoes() throws IOException {
        List<String> texts = sharedTexts("conformance/publiccode/testdata");
        int accepted = accepted(texts);

        assertThat(accepted).isGreaterThan(texts.size() / 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"corpus/publiccode-real", "conformance/publiccode/testdata"})
    void readsEditedFilesAsSnakeYamlDoesOrDeclines(String folder) throws IOException {
        List<String> texts = sharedTexts(folder);
        Random random = new Random(20261203L);
        int accepted = 0;
        int tried = 0;
        for (String text : texts) {
            for (int round = 0; round < 40; round++) {
                String edited = text;
                int edits = 1 + random.nextInt(3);
                for (int e = 0; e < edits; e++) {
                    edited = YamlEdits.edit(edited, random);
                }
                tried++;
                accepted += agrees(edited) ? 1 : 0;
            }
        }
        // most edits keep a file in the subset, so the comparison is mostly of accepted texts

        assertThat(accepted).as("accepted %d of %d", accepted, tried).isGreaterThan(tried / 4);
    }

    @Test
    void readsGeneratedDocumentsAsSnakeYamlDoesOrDeclines() {
        int[] accepted = new int[2];
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            String text = new GeneratedYaml(random).document();
            accepted[0] += agrees(text) ? 1 : 0;
            accepted[1] += agrees(YamlEdits.edit(text, random)) ? 1 : 0;
        });
        // the generator mixes in what must be declined; about 30% and 20% are accepted
        assertThat(accepted[0]).isGreaterThan(4_000);
        assertThat(accepted[1]).isGreaterThan(2_500);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "# only a comment\n",
                "a: 1\n",
                "a:\n",
                "a:   # empty\nb: x\n",
                "a:\n- 1\n-\n- # c\n  - x\n",
                "a:\n  - b: 1\n    c:\n  -   d: |\n        x\n",
                "a: |\n  one\n\n  two\n   three\n\n\nb: >-\n  folded\n  text\n\n  more\n",
                "a: |+\n  keep\n\n\n",
                "a: 'it''s'\nb: \"q\" # c\nc: []\nd: {}\n",
                "---\na: b\n",
                "  a: 1\n  b: 2\n",
                "a: b # c\n  # deeper comment\n",
                "a: |\n",
                "a: >+",
                "a: \"x\\ty \\u00e9 \\x41 \\U0001F600 \\\\ \\\" \\/\"\n",
                "a: b\n  c\n\n   d\n  # e\n",
                "a:\n  plain on\n  two lines\nb: x\n",
                "a: b\r\nc: |\r\n  d\r\n\r\n  e\r\n",
                "a: |2\n    deeper\n   text\n",
                "a: >-1\n x\n",
                "a: |\n  x\ty\t\n",
                "a: 'one\n  two''s\n\n  three'\nb: \"x \\\n   y\n z\"\n",
                "a: 1\nb:\n  c: 2\n  c: 3\na: 4\n",
                "- a\n- b: c\n",
                "just text\non two lines\n",
                "'quoted' # c\n",
                "a: [x, 'y', \"z\", [1, 2], {k: v, n: ~}]\nb: [ ]\nc: { }\n",
                "- [a b, c,]\n- {k: [1]} # c\n",
                "a: {k: 1, j: 2, k: {x: y}}\nb: 'in  one  line' # c\nc: \"x  \n\n  y\"\n",
            })
    void readsTheEdgesAsSnakeYamlDoes(String text) {
        assertThat(agrees(text)).as("accepted:%n%s", text).isTrue();
        agrees(text.replace("\n", "\n\n"));
        agrees(text + "z: end");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a: &x 1\nb: *x\n",
                "a: !!str 1\n",
                "a: [1, 2\n  , 3]\n",
                "a: {k}\n",
                "a: [k: v]\n",
                "a: [x #c\n  ]\n",
                "a: \"x\\qy\"\n",
                "a: b\n  c: d\n",
                "a:\tb\n",
                "a: b\rc: d\n",
                "a: b: c\n",
                "a: 'x\n---\n  y'\n",
                "a: \"x\" y\n",
                "---\n",
                "a: 1\n---\nb: 2\n",
                "%YAML 1.2\n---\na: 1\n",
                "a: >\n\n   \n  x\n",
                "a: |\n    x\n  y\n",
                "'quoted key': 1\n",
            })
    void declinesWhatItDoesNotRead(String text) {
        assertThat(BlockSubsetParser.read(text, LIMITS, List.of())).isNull();
    }

    @Test
    void declinesNearTheLimits() {
        StringBuilder deep = new StringBuilder();
        for (int level = 0; level < LIMITS.maxDepth() + 1; level++) {
            deep.append(" ".repeat(level)).append("k:\n");
        }
        deep.append(" ".repeat(LIMITS.maxDepth() + 1)).append("k: v\n");
        assertThat(BlockSubsetParser.read(deep.toString(), LIMITS, List.of())).isNull();
        assertThat(LOADER.load(deep.toString().getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(p -> p.code())
                .containsExactly(YamlLoader.LIMIT);

        YamlLimits fewNodes = new YamlLimits(1 << 20, 64, 50, 5);
        assertThat(BlockSubsetParser.read("a: 1\nb: 2\nc: 3\n", fewNodes, List.of()))
                .isNull();
        assertThat(BlockSubsetParser.read("a: 1\nb: 2\n", fewNodes, List.of())).isNotNull();

        String longest = "a: " + "x".repeat(BlockSubsetParser.MAX_TEXT - 4) + "\n";
        assertThat(BlockSubsetParser.read(longest, LIMITS, List.of())).isNotNull();
        assertThat(BlockSubsetParser.read(longest + "\n", LIMITS, List.of())).isNull();
        assertThat(BlockSubsetParser.read("a: 12345\n", LIMITS.withMaxTokenLength(5), List.of()))
                .isNull();
    }
}
