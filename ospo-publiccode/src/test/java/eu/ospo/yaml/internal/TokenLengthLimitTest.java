package eu.ospo.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;
import eu.ospo.yaml.YamlLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link YamlLimits#maxTokenLength()}: every scalar (key or value), comment, anchor, alias and tag
 * longer than the limit is a {@code yaml.limit} problem at the token's position, and nothing at the
 * limit is. Most cases use a limit of 8 characters, so the inputs stay readable.
 */
class TokenLengthLimitTest {

    private static final int LIMIT = 8;
    private static final YamlLoader SMALL = new YamlLoader(YamlLimits.DEFAULT.withMaxTokenLength(LIMIT));

    /** Loads with the small limit; {@code @} stands for a run of {@code n} characters {@code x}. */
    private static YamlDocument load(String yaml, int n) {
        return SMALL.load(yaml.replace("@", "x".repeat(n)).getBytes(StandardCharsets.UTF_8));
    }

    private static String tooLong(YamlDocument document) {
        List<Problem> limits = document.problems().stream()
                .filter(p -> p.code().equals(YamlLoader.LIMIT))
                .toList();
        assertThat(limits).as("yaml.limit problems").hasSize(1);
        Problem problem = limits.get(0);
        assertThat(problem.arguments())
                .containsEntry("limit", "maxTokenLength")
                .containsEntry("value", Integer.toString(LIMIT));
        assertThat(document.root()).isEmpty();
        return problem.line() + ":" + problem.column() + " " + problem.message();
    }

    /**
     * One kind of token.
     *
     * @param what the case
     * @param yaml the document, {@code @} where the token's run of characters goes
     * @param expected position and kind in the problem
     */
    record Case(String what, String yaml, String expected) {
        @Override
        public String toString() {
            return what;
        }
    }

    static List<Case> tokens() {
        return List.of(
                new Case("plain value", "a: @\n", "1:4 a scalar"),
                new Case("plain key", "@: 1\n", "1:1 a scalar"),
                new Case("explicit key", "? @\n: 1\n", "1:3 a scalar"),
                new Case("double-quoted", "a: \"@\"\n", "1:4 a scalar"),
                new Case("single-quoted", "a: '@'\n", "1:4 a scalar"),
                new Case("literal block (keeps no final line break)", "a: |-\n  @\n", "1:4 a scalar"),
                new Case("folded block (keeps no final line break)", "a: >-\n  @\n", "1:4 a scalar"),
                new Case("plain in a flow list", "a: [b, @]\n", "1:8 a scalar"),
                new Case("key in a flow mapping", "a: {@: 1}\n", "1:5 a scalar"),
                new Case("anchor", "a: &@ 1\n", "1:4 an anchor"),
                new Case("tag", "a: !@ 1\n", "1:4 a tag"),
                new Case("whole-line comment", "a: 1\n#@\nb: 2\n", "2:1 a comment"),
                new Case("indented comment", "a:\n  b: 1\n    #@\n  c: 2\n", "3:5 a comment"),
                new Case("trailing comment", "a: 1 #@\nb: 2\n", "1:6 a comment"),
                new Case("comment at the start", "#@\na: 1\n", "1:1 a comment"),
                new Case("comment at the end, no final line break", "a: 1\n#@", "2:1 a comment"),
                new Case("comment in a flow list", "a: [1, #@\n  2]\n", "1:8 a comment"),
                new Case("comment on a block scalar header", "a: | #@\n  text\n", "1:6 a comment"),
                new Case("comment after a directive", "%YAML 1.2 #@\n---\na: 1\n", "1:11 a comment"),
                new Case("comment after a document end", "a: 1\n... #@\n", "2:5 a comment"),
                new Case("comment after CRLF lines", "a: 1\r\nb: 2\r\n#@\r\n", "3:1 a comment"),
                new Case("comment after a hash inside scalars", "a: x#y\nb: 'p#q'\nc: 1\n#@\n", "4:1 a comment"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens")
    void aTokenOverTheLimitIsReportedAtItsPosition(Case token) {
        // a comment counts from its '#' and a tag from its '!'; names and scalars are their text
        int indicator =
                token.expected().endsWith("a comment") || token.expected().endsWith("a tag") ? 1 : 0;
        assertThat(tooLong(load(token.yaml(), LIMIT + 1 - indicator)))
                .isEqualTo(token.expected() + " is longer than the limit of " + LIMIT + " characters");
        YamlDocument atTheLimit = load(token.yaml(), LIMIT - indicator);
        assertThat(atTheLimit.problems()).as("at the limit").isEmpty();
    }

    @Test
    void anAliasOverTheLimitIsReportedBeforeItIsLookedUp() {
        assertThat(tooLong(load("a: &x 1\nb: *@\n", LIMIT + 1)))
                .isEqualTo("2:4 an alias is longer than the limit of 8 characters");
        assertThat(load("a: &@ 1\nb: *@\n", LIMIT).problems()).isEmpty();
    }

    @Test
    void lengthsAreCountedInCodePointsAndPositionsAfterAstralCharacters() {
        String astral = "\uD83D\uDE00"; // one code point, two chars
        String scalar = astral.repeat(LIMIT);
        assertThat(SMALL.load(("a: " + scalar + "\n").getBytes(StandardCharsets.UTF_8))
                        .problems())
                .isEmpty();
        String comment = "a: " + astral + astral + " #" + astral.repeat(LIMIT) + "\n";
        assertThat(tooLong(SMALL.load(comment.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("1:7 a comment is longer than the limit of 8 characters");
    }

    @Test
    void aHashInsideAScalarIsNotAComment() {
        String yaml = "a: \"x #yyyyyyyyyyyy\"\nb: 'x #yyyyyyyyyyyy'\nc: x#yyyyyyyyyyyyyy\n";
        YamlDocument document =
                new YamlLoader(YamlLimits.DEFAULT.withMaxTokenLength(20)).load(yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(document.problems()).isEmpty();
        assertThat(document.root()).isPresent();
    }

    @Test
    void manyShortCommentsAndTokensAreFine() {
        String yaml = "#comment\n".repeat(1000) + "a: [" + "b, ".repeat(1000) + "c] #end\n";
        assertThat(load(yaml, 0).problems()).isEmpty();
    }

    @Test
    void theDefaultLimitIsOneMebibyteOfCharacters() {
        YamlLoader loader = new YamlLoader(YamlLimits.DEFAULT);
        int mebibyte = 1024 * 1024;
        assertThat(YamlLimits.DEFAULT.maxTokenLength()).isEqualTo(mebibyte);
        String at = "a: " + "x".repeat(mebibyte) + "\n#" + "y".repeat(mebibyte - 1) + "\n";
        assertThat(loader.load(at.getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();
        String over = "a: b\n#" + "y".repeat(mebibyte) + "\n";
        List<Problem> problems =
                loader.load(over.getBytes(StandardCharsets.UTF_8)).problems();
        assertThat(problems)
                .extracting(p -> p.code() + " " + p.line() + ":" + p.column() + " " + p.message())
                .containsExactly("yaml.limit 2:1 a comment is longer than the limit of 1048576 characters");
    }

    @Test
    void theFourArgumentConstructorKeepsTheDefaultTokenLength() {
        assertThat(new YamlLimits(1000, 64, 50, 100_000).maxTokenLength())
                .isEqualTo(YamlLimits.DEFAULT_MAX_TOKEN_LENGTH);
    }
}
