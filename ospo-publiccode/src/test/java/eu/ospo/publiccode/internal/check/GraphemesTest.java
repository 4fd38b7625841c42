package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GraphemesTest {

    private static final String BOY = "\uD83D\uDC66";

    static Stream<Arguments> clusters() {
        return Stream.of(
                Arguments.of("empty", "", 0),
                Arguments.of("ASCII", "abc", 3),
                Arguments.of("line feed", "\n", 1),
                Arguments.of("CR LF is one cluster", "\r\n", 1),
                Arguments.of("CR LF LF", "\r\n\n", 2),
                Arguments.of("LF CR is two", "\n\r", 2),
                Arguments.of("combining acute", "e\u0301", 1),
                Arguments.of("precomposed acute", "\u00e9", 1),
                Arguments.of(
                        "family ZWJ sequence", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66", 1),
                Arguments.of("rainbow flag (ZWJ + VS16)", "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", 1),
                Arguments.of("thumbs up + skin tone", "\uD83D\uDC4D\uD83C\uDFFD", 1),
                Arguments.of("flag IT (regional indicators)", "\uD83C\uDDEE\uD83C\uDDF9", 1),
                Arguments.of("flags IT FR", "\uD83C\uDDEE\uD83C\uDDF9\uD83C\uDDEB\uD83C\uDDF7", 2),
                Arguments.of("three regional indicators", "\uD83C\uDDEE\uD83C\uDDF9\uD83C\uDDEB", 2),
                Arguments.of("letter before flag", "a\uD83C\uDDEE\uD83C\uDDF9", 2),
                Arguments.of(
                        "Scotland tag sequence",
                        "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F",
                        1),
                Arguments.of("keycap", "1\uFE0F\u20E3", 1),
                Arguments.of("Hangul syllables", "\uD55C\uAD6D\uC5B4", 3),
                Arguments.of("Hangul jamo L V T", "\u1100\u1161\u11A8", 1),
                Arguments.of("Thai spacing mark", "\u0E01\u0E33", 1),
                Arguments.of("Arabic prepend", "\u0600\u0661", 1),
                Arguments.of("ZWJ between letters", "a\u200Db", 2),
                Arguments.of(
                        "kiss with skin tones",
                        "\uD83E\uDDD1\uD83C\uDFFB\u200D\u2764\uFE0F\u200D\uD83D\uDC8B\u200D\uD83E\uDDD1\uD83C\uDFFC",
                        1),
                Arguments.of("control then extend", "\u0001\u0301", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clusters")
    void countsExtendedGraphemeClusters(String description, String text, int expected) {
        assertThat(Graphemes.count(text)).as(description).isEqualTo(expected);
    }

    @Test
    void countsEmojiAndNewlinesAsTheReferenceFixtureDoes() {
        // 122 emoji in lines of ten, 13 line feeds: far more than 150 UTF-16 units, but 135 clusters
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 122; i++) {
            text.append(BOY);
            if (i % 10 == 9 || i == 121) {
                text.append('\n');
            }
        }
        assertThat(text.length()).isGreaterThan(150);
        assertThat(text.chars().filter(c -> c == '\n').count()).isEqualTo(13);
        assertThat(Graphemes.count(text.toString())).isEqualTo(135);
    }

    @Test
    void countsKoreanBySyllableComposedOrNot() {
        String korean = "한국어 소프트웨어 설명입니다"; // 3 + 1 + 5 + 1 + 5
        String decomposed = Normalizer.normalize(korean, Normalizer.Form.NFD);
        assertThat(decomposed.length()).isGreaterThan(2 * korean.length());
        assertThat(Graphemes.count(korean)).isEqualTo(15);
        assertThat(Graphemes.count(decomposed)).isEqualTo(15);
    }

    private static final java.util.regex.Pattern CLUSTER = java.util.regex.Pattern.compile("\\X");

    /** The regular expression's count, which {@link Graphemes#count} falls back to. */
    private static int regexCount(String text) {
        java.util.regex.Matcher matcher = CLUSTER.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void theSimpleCountAgreesWithTheRegexOnEveryCharacterAndPairItTakes() {
        StringBuilder taken = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (Graphemes.neverJoins(c)) {
                taken.append(c);
            }
        }
        assertThat(taken.length()).isEqualTo(0x300 + 24 + 47 + 33);
        String all = taken.toString();
        char[] pair = new char[2];
        for (int i = 0; i < all.length(); i++) {
            String one = all.substring(i, i + 1);
            assertThat(Graphemes.countSimple(one))
                    .as("U+%04X", (int) all.charAt(i))
                    .isEqualTo(regexCount(one));
            pair[0] = all.charAt(i);
            for (int j = 0; j < all.length(); j++) {
                pair[1] = all.charAt(j);
                String text = new String(pair);
                int simple = Graphemes.countSimple(text);
                if (simple != regexCount(text)) {
                    assertThat(simple)
                            .as("U+%04X U+%04X", (int) pair[0], (int) pair[1])
                            .isEqualTo(regexCount(text));
                }
            }
        }
        assertThat(Graphemes.countSimple("caff\u00e8 \u2013 \u201cok\u201d \u20ac\r\n"))
                .isEqualTo(15);
    }

    @Test
    void otherTextTakesTheRegularExpression() {
        assertThat(Graphemes.countSimple("e\u0301")).isEqualTo(-1);
        assertThat(Graphemes.countSimple("\u00a9\u200d\u00ae")).isEqualTo(-1);
        assertThat(Graphemes.count("e\u0301")).isEqualTo(1);
        assertThat(Graphemes.count("\uD55C\uAD6D")).isEqualTo(2);
    }

    /** Characters that never join, and pieces that do: marks, ZWJ, emoji, flags, jamo, prepend. */
    private static final String[] PIECES = {
        "a",
        " ",
        "\r",
        "\n",
        "\u00a9",
        "\u2019",
        "\u200b",
        "\u0301",
        "\u200d",
        "\ufe0f",
        BOY,
        "\uD83C\uDFFD",
        "\uD83C\uDDEE",
        "\u1100",
        "\u1161",
        "\u11A8",
        "\uD55C",
        "\u0600",
        "\u0903",
        "\u0E33",
        "\u0001",
        "\u2764",
        "\uDB40\uDC67"
    };

    @Test
    void countsAsTheRegexOnMixedText() {
        org.quicktheories.QuickTheory.qt()
                .withExamples(20_000)
                .forAll(org.quicktheories.generators.SourceDSL.lists()
                        .of(org.quicktheories.generators.SourceDSL.integers().between(0, PIECES.length + 5))
                        .ofSizeBetween(0, 16))
                .checkAssert(indices -> {
                    StringBuilder text = new StringBuilder();
                    // mostly plain text, so that runs of joining characters sit between plain ones
                    for (int index : indices) {
                        text.append(index >= PIECES.length ? "ab" : PIECES[index]);
                    }
                    assertThat(Graphemes.count(text.toString()))
                            .as(
                                    "%s",
                                    text.codePoints()
                                            .mapToObj(c -> String.format("U+%04X", c))
                                            .toList())
                            .isEqualTo(regexCount(text.toString()));
                });
    }
}
