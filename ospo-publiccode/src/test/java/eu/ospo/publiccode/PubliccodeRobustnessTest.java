package eu.ospo.publiccode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The parser never throws on hostile input: random mutations of real files, and one test per known
 * attack or mistake, each with the exact problem code of docs/problem-codes.md.
 */
class PubliccodeRobustnessTest {

    private static final PubliccodeParser PARSER = PubliccodeParser.builder().build();
    private static final Duration HOSTILE = Duration.ofSeconds(10);

    /** A small valid file, written by hand (independent of the writer). */
    static final String VALID = """
            publiccodeYmlVersion: "0"
            name: Medusa
            url: https://example.org/medusa.git
            platforms:
              - web
            developmentStatus: stable
            softwareType: library
            description:
              en:
                shortDescription: A rather short description
                longDescription: >-
                  A long description of this software, long enough to be accepted by the rules of the
                  standard, which want at least one hundred and fifty characters in it.
                features:
                  - Some feature
            legal:
              license: MIT
            maintenance:
              type: none
            localisation:
              localisationReady: true
              availableLanguages:
                - en
            """;

    // ------------------------------------------------------------------ mutations of real files

    /** Kinds of damage done to a file. */
    enum Kind {
        FLIP_BYTE,
        INSERT_BYTE,
        DELETE_BYTE,
        TRUNCATE,
        DUPLICATE_LINE,
        DELETE_LINE,
        TABS_FOR_INDENTATION,
        INSERT_ANCHOR,
        INSERT_ALIAS,
        SECOND_DOCUMENT,
        INVALID_UTF8,
        CONTROL_CHARACTER
    }

    /** One mutation: a kind, where (a fraction of the length, in millionths) and a byte to use. */
    record Mutation(Kind kind, int where, int value) {}

    private static Gen<Mutation> mutation() {
        return in -> new Mutation(
                Generate.enumValues(Kind.class).generate(in),
                Generate.range(0, 999_999).generate(in),
                Generate.range(0, 255).generate(in));
    }

    @Test
    void mutatedRealFilesNeverBreakTheParser() throws IOException {
        Path corpus = SharedData.require("corpus/publiccode-real");
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus)) {
            files = listing.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        List<byte[]> contents = new ArrayList<>();
        for (Path file : files) {
            contents.add(Files.readAllBytes(file));
        }
        Gen<Integer> fileIndex = Generate.range(0, contents.size() - 1);
        Gen<List<Mutation>> mutations = in -> {
            int count = Generate.range(1, 4).generate(in);
            List<Mutation> list = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                list.add(mutation().generate(in));
            }
            return list;
        };
        assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> qt().withExamples(2000).forAll(fileIndex, mutations).checkAssert((index, list) -> {
                    byte[] bytes = contents.get(index);
                    for (Mutation m : list) {
                        bytes = apply(bytes, m);
                    }
                    assertWellFormed(parseWithoutThrowing(bytes, files.get(index) + " " + list));
                }));
    }

    static byte[] apply(byte[] input, Mutation m) {
        int length = input.length;
        int at = length == 0 ? 0 : (int) ((long) m.where() * length / 1_000_000);
        byte value = (byte) m.value();
        return switch (m.kind()) {
            case FLIP_BYTE -> {
                byte[] out = input.clone();
                if (length > 0) {
                    out[at] ^= (byte) (1 << (m.value() % 8));
                }
                yield out;
            }
            case INSERT_BYTE -> splice(input, at, at, new byte[] {value});
            case DELETE_BYTE -> length == 0 ? input : splice(input, at, at + 1, new byte[0]);
            case TRUNCATE -> Arrays.copyOf(input, at);
            case DUPLICATE_LINE -> {
                int[] line = lineAround(input, at);
                yield splice(input, line[0], line[0], Arrays.copyOfRange(input, line[0], line[1]));
            }
            case DELETE_LINE -> {
                int[] line = lineAround(input, at);
                yield splice(input, line[0], line[1], new byte[0]);
            }
            case TABS_FOR_INDENTATION -> {
                int[] line = lineAround(input, at);
                int end = line[0];
                while (end < line[1] && input[end] == ' ') {
                    end++;
                }
                byte[] tabs = new byte[Math.max(1, (end - line[0]) / 2)];
                Arrays.fill(tabs, (byte) '\t');
                yield splice(input, line[0], end, tabs);
            }
            case INSERT_ANCHOR -> insertAfterColon(input, at, "&a ");
            case INSERT_ALIAS -> insertAfterColon(input, at, "*a ");
            case SECOND_DOCUMENT -> concat(input, "\n---\nname: second\n".getBytes(StandardCharsets.UTF_8));
            case INVALID_UTF8 ->
                splice(
                        input,
                        at,
                        at,
                        new byte[][] {
                                    {(byte) 0xFF},
                                    {(byte) 0xC3, (byte) 0x28},
                                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                                    {(byte) 0xC0, (byte) 0xAF}
                                }
                                [m.value() % 4]);
            case CONTROL_CHARACTER ->
                splice(input, at, at, new byte[] {(byte) (m.value() % 3 == 0 ? 0x7F : m.value() % 0x20)});
        };
    }

    /** Start (inclusive) and end (after the line feed) of the line holding this offset. */
    private static int[] lineAround(byte[] input, int at) {
        int start = Math.min(at, input.length);
        while (start > 0 && input[start - 1] != '\n') {
            start--;
        }
        int end = Math.min(at, input.length);
        while (end < input.length && input[end] != '\n') {
            end++;
        }
        return new int[] {start, Math.min(input.length, end + 1)};
    }

    private static byte[] insertAfterColon(byte[] input, int at, String text) {
        for (int i = Math.min(at, input.length); i + 1 < input.length; i++) {
            if (input[i] == ':' && input[i + 1] == ' ') {
                return splice(input, i + 2, i + 2, text.getBytes(StandardCharsets.UTF_8));
            }
        }
        return concat(input, ("\nkey: " + text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] splice(byte[] input, int from, int to, byte[] replacement) {
        byte[] out = new byte[input.length - (to - from) + replacement.length];
        System.arraycopy(input, 0, out, 0, from);
        System.arraycopy(replacement, 0, out, from, replacement.length);
        System.arraycopy(input, to, out, from + replacement.length, input.length - to);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return splice(a, a.length, a.length, b);
    }

    private static PubliccodeResult parseWithoutThrowing(byte[] bytes, String what) {
        try {
            return PARSER.parse(bytes);
        } catch (Throwable t) {
            throw new AssertionError("parse threw for " + what + ": " + t, t);
        }
    }

    /** What every result must satisfy, whatever the input. */
    static void assertWellFormed(PubliccodeResult result) {
        assertThat(result.verdict()).isNotNull();
        for (Problem problem : result.problems()) {
            assertThat(problem.code()).isNotBlank();
            assertThat(problem.line()).isGreaterThanOrEqualTo(0);
            assertThat(problem.column()).isGreaterThanOrEqualTo(0);
            assertThat(problem.severity()).isNotNull();
        }
        if (result.publicCode().isPresent()) {
            assertThat(result.errors()).isEmpty();
        } else {
            assertThat(result.errors()).as("a result without a model says why").isNotEmpty();
        }
    }

    // ------------------------------------------------------------------ hostile inputs, one by one

    private static PubliccodeResult parse(byte[] bytes) {
        PubliccodeResult result = assertTimeoutPreemptively(HOSTILE, () -> parseWithoutThrowing(bytes, "input"));
        assertWellFormed(result);
        return result;
    }

    private static PubliccodeResult parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Set<String> errorCodes(PubliccodeResult result) {
        return result.errors().stream().map(Problem::code).collect(Collectors.toSet());
    }

    @Test
    void theBaseDocumentIsValid() {
        PubliccodeResult result = parse(VALID);
        assertThat(result.problems()).isEmpty();
        assertThat(result.publicCode()).isPresent();
    }

    @Test
    void invalidUtf8() {
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        int at = VALID.indexOf("Medusa");
        byte[] bytes = splice(valid, at, at, new byte[] {(byte) 0xC3, (byte) 0x28});
        PubliccodeResult result = parse(bytes);
        assertThat(errorCodes(result)).containsExactly("yaml.encoding");
        assertThat(result.errors().get(0).line()).isEqualTo(2);
    }

    @Test
    void byteOrderMarkIsAWarningAndTheRestIsParsed() {
        byte[] bytes =
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, VALID.getBytes(StandardCharsets.UTF_8));
        PubliccodeResult result = parse(bytes);
        assertThat(result.problems()).extracting(Problem::code).containsExactly("yaml.bom");
        assertThat(result.problems().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(result.publicCode())
                .hasValueSatisfying(pc -> assertThat(pc.name()).isEqualTo("Medusa"));
        assertThat(result.publicCode()).isEqualTo(parse(VALID).publicCode());
    }

    @Test
    void tabsForIndentation() {
        PubliccodeResult result = parse(VALID.replace("\n  license: MIT", "\n\tlicense: MIT"));
        assertThat(errorCodes(result)).containsExactly("yaml.syntax");
    }

    @Test
    void duplicateKeys() {
        PubliccodeResult result = parse(VALID.replace("name: Medusa\n", "name: Medusa\nname: Perseus\n"));
        assertThat(errorCodes(result)).contains("yaml.duplicate-key");
        assertThat(result.publicCode()).isEmpty();
    }

    @Test
    void severalDocuments() {
        PubliccodeResult result = parse(VALID + "---\n" + VALID);
        assertThat(errorCodes(result)).containsExactly("yaml.multiple-documents");
        assertThat(parse("---\n" + VALID + "...\n---\nname: x\n").errors())
                .extracting(Problem::code)
                .containsExactly("yaml.multiple-documents");
    }

    @Test
    void rootIsAList() {
        assertThat(errorCodes(parse("- publiccodeYmlVersion: \"0\"\n- name: x\n")))
                .containsExactly("document.not-mapping");
        assertThat(errorCodes(parse("[a, b]\n"))).containsExactly("document.not-mapping");
    }

    @Test
    void rootIsAScalar() {
        assertThat(errorCodes(parse("just some text\n"))).containsExactly("document.not-mapping");
        assertThat(errorCodes(parse("42\n"))).containsExactly("document.not-mapping");
    }

    @Test
    void wrongTypes() {
        assertThat(errorCodes(parse(VALID.replace("platforms:\n  - web\n", "platforms: web\n"))))
                .contains("field.wrong-type");
        assertThat(errorCodes(parse(VALID.replace("name: Medusa\n", "name:\n  - Medusa\n"))))
                .contains("field.wrong-type");
        assertThat(errorCodes(parse(VALID.replace("legal:\n  license: MIT\n", "legal: MIT\n"))))
                .contains("field.wrong-type");
        assertThat(errorCodes(parse(VALID.replace("localisationReady: true", "localisationReady: \"true\""))))
                .contains("field.wrong-type");
    }

    @Test
    void yaml11BooleanIsAWrongType() {
        PubliccodeResult result = parse(VALID.replace("localisationReady: true", "localisationReady: yes"));
        // The reference also reports the emptied key as missing (publiccode-spec.md 4.4, cascades).
        assertThat(result.errors())
                .filteredOn(p -> p.code().equals("field.wrong-type"))
                .extracting(Problem::key)
                .containsExactly("localisation.localisationReady");
        assertThat(result.errors()).extracting(Problem::key).containsOnly("localisation.localisationReady");
        assertThat(result.publicCode()).isEmpty();
    }

    @Test
    void aliasBomb() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append('a').append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        PubliccodeResult result = parse(VALID + yaml);
        assertThat(errorCodes(result)).containsExactly("yaml.limit");
    }

    @Test
    void flowNesting10000Deep() {
        String yaml = "name: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        PubliccodeResult result = parse(yaml);
        assertThat(errorCodes(result)).containsExactly("yaml.limit");
        assertThat(result.errors().get(0).arguments()).containsEntry("limit", "maxDepth");
        // unclosed too
        assertThat(errorCodes(parse("[".repeat(10_000)))).containsExactly("yaml.limit");
    }

    @Test
    void blockSequenceNesting10000Deep() {
        String yaml = "name:\n" + "- ".repeat(10_000) + "x\n";
        PubliccodeResult result = parse(yaml);
        assertThat(errorCodes(result)).containsExactly("yaml.limit");
        assertThat(result.errors().get(0).arguments()).containsEntry("limit", "maxDepth");
    }

    @Test
    void blockMappingNestingDeeperThanTheDepthLimit() {
        // 2,000 levels of one-space indentation fit within the default size limit (about 2 MB).
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            yaml.append(" ".repeat(i)).append("a:\n");
        }
        yaml.append(" ".repeat(2_000)).append("x\n");
        PubliccodeResult result = parse(yaml.toString());
        assertThat(errorCodes(result)).containsExactly("yaml.limit");
        assertThat(result.errors().get(0).arguments()).containsEntry("limit", "maxDepth");
    }

    @Test
    void blockMappingNesting10000DeepInAFile(@TempDir Path dir) throws IOException {
        // 10,000 levels need about 50 MB of indentation: streamed to a file, never held in memory.
        Path file = dir.resolve("deep.yml");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String spaces = " ".repeat(10_000);
            for (int i = 0; i < 10_000; i++) {
                out.write(spaces, 0, i);
                out.write("a:\n");
            }
        }
        PubliccodeResult result = assertTimeoutPreemptively(HOSTILE, () -> PARSER.parse(file));
        assertWellFormed(result);
        assertThat(errorCodes(result)).containsExactly("yaml.limit");
        // and with a size limit large enough to read it, the depth limit stops it
        PubliccodeParser roomy = PubliccodeParser.builder()
                .limits(new eu.ospo.yaml.YamlLimits(64 * 1024 * 1024, 64, 50, 100_000))
                .build();
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            head.append(" ".repeat(i)).append("a:\n");
        }
        PubliccodeResult deep = assertTimeoutPreemptively(HOSTILE, () -> roomy.parse(head.toString()));
        assertThat(errorCodes(deep)).containsExactly("yaml.limit");
        assertThat(deep.errors().get(0).arguments()).containsEntry("limit", "maxDepth");
    }

    @Test
    void fiftyMebibyteFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.yml");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(VALID);
            out.write("usedBy:\n");
            String line = "  - " + "x".repeat(1_020) + "\n";
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length()) {
                out.write(line);
            }
        }
        assertThat(Files.size(file)).isGreaterThan(50L * 1024 * 1024);
        PubliccodeResult result = assertTimeoutPreemptively(HOSTILE, () -> PARSER.parse(file));
        assertWellFormed(result);
        assertThat(errorCodes(result)).containsExactly("yaml.limit");
        assertThat(result.errors().get(0).arguments()).containsEntry("limit", "maxBytes");
        try (var in = Files.newInputStream(file)) {
            PubliccodeResult streamed = assertTimeoutPreemptively(HOSTILE, () -> PARSER.parse(in));
            assertThat(errorCodes(streamed)).containsExactly("yaml.limit");
        }
    }

    @Test
    void binaryJunk() {
        qt().withExamples(50)
                .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.booleans())
                .checkAssert((seed, asciiOnly) -> {
                    Random random = new Random(seed);
                    byte[] junk = new byte[1 + random.nextInt(4096)];
                    random.nextBytes(junk);
                    if (asciiOnly) {
                        for (int i = 0; i < junk.length; i++) {
                            junk[i] &= 0x7F;
                        }
                    }
                    junk[random.nextInt(junk.length)] = 0;
                    PubliccodeResult result = parse(junk);
                    assertThat(errorCodes(result)).containsAnyOf("yaml.encoding", "yaml.syntax");
                    assertThat(result.publicCode()).isEmpty();
                });
    }

    @Test
    void nulAndControlCharacters() {
        assertThat(errorCodes(parse(VALID.replace("Medusa", "Med\0usa")))).containsExactly("yaml.syntax");
        assertThat(errorCodes(parse(VALID.replace("Medusa", "Med\u0007usa")))).containsExactly("yaml.syntax");
    }
}
