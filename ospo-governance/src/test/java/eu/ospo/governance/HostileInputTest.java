package eu.ospo.governance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.yaml.YamlLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input goes through the shared YAML layer and comes back as yaml.* problems. */
class HostileInputTest {

    @Test
    void aBillionLaughsGovernanceFileStopsAtTheAliasLimit() {
        StringBuilder text = new StringBuilder(
                "governanceYmlVersion: \"0.1\"\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            text.append("lol").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                text.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            text.append("]\n");
        }
        text.append("community: *a9\n");

        long start = System.nanoTime();
        GovernanceResult result = Fixtures.PARSER.parse(text.toString());

        assertThat(result.governance()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("yaml.limit");
            assertThat(p.arguments()).containsKey("limit");
            assertThat(p.line()).isPositive();
        });
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void deepNestingStopsAtTheDepthLimit() {
        String text = "governanceYmlVersion: \"0.1\"\ncommunity: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        GovernanceResult result = Fixtures.PARSER.parse(text);

        assertThat(Fixtures.compact(result.problems()))
                .singleElement()
                .asString()
                .startsWith("yaml.limit@@2:");
        assertThat(result.problems().get(0).arguments()).containsEntry("limit", "maxDepth");
    }

    @Test
    void inputOverTheSizeLimitIsNotRead(@TempDir Path directory) throws IOException {
        GovernanceParser small = GovernanceParser.builder()
                .limits(new YamlLimits(1000, 64, 50, 100_000))
                .build();
        byte[] big = Fixtures.text("worked-example.yml").getBytes(StandardCharsets.UTF_8);
        Path file = directory.resolve("governance.yml");
        Files.write(file, big);

        for (GovernanceResult result :
                new GovernanceResult[] {small.parse(big), small.parse(file), small.parse(new ByteArrayInputStream(big))
                }) {
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("yaml.limit");
                assertThat(p.arguments()).containsEntry("limit", "maxBytes");
            });
        }
    }

    @Test
    void invalidUtf8IsAnEncodingProblem() {
        byte[] bytes = "governanceYmlVersion: \"0.1\"\ncommunity: \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(Fixtures.compact(Fixtures.PARSER.parse(bytes).problems())).containsExactly("yaml.encoding@@2:12");
    }

    @Test
    void malformedYamlIsASyntaxProblem() {
        assertThat(Fixtures.compact(Fixtures.PARSER
                        .parse("governanceYmlVersion: \"0.1\"\ncommunity: [\n")
                        .problems()))
                .singleElement()
                .asString()
                .startsWith("yaml.syntax@@");
    }

    @Test
    void aByteOrderMarkIsAWarningOnly() {
        byte[] text = Fixtures.text("minimal.yml").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        GovernanceResult result = Fixtures.PARSER.parse(withBom);

        assertThat(Fixtures.compact(result.problems())).containsExactly("yaml.bom@@1:1");
        assertThat(result.isValid()).isTrue();
        assertThat(result.governance()).isPresent();
    }

    @Test
    void fileAndStreamAndTextGiveTheSameResultAndTheFileNameNamesTheSourceMap(@TempDir Path directory)
            throws IOException {
        String text = Fixtures.text("worked-example.yml");
        Path file = directory.resolve("my-governance.yml");
        Files.writeString(file, text);

        GovernanceResult fromFile = Fixtures.PARSER.parse(file);
        GovernanceResult fromStream =
                Fixtures.PARSER.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(fromFile.governance()).isEqualTo(Fixtures.PARSER.parse(text).governance());
        assertThat(fromStream.governance()).isEqualTo(fromFile.governance());
        assertThat(fromFile.sourceMap().file()).isEqualTo("my-governance.yml");
        assertThat(fromStream.sourceMap().file()).isEqualTo("governance.yml");
    }

    @Test
    void oneParserServesManyThreads() {
        String text = Fixtures.text("all-keys.yml");
        var expected = Fixtures.PARSER.parse(text).governance().orElseThrow();

        assertThat(java.util.stream.IntStream.range(0, 64)
                        .parallel()
                        .mapToObj(i -> Fixtures.PARSER.parse(text).governance().orElseThrow())
                        .toList())
                .allSatisfy(model -> assertThat(model).isEqualTo(expected));
    }
}
