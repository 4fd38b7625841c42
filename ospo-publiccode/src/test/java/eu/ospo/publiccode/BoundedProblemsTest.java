package eu.ospo.publiccode;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;
import eu.ospo.yaml.YamlLimits;
import org.junit.jupiter.api.Test;

/** Issue 6 item 1: what a parse reports is bounded, however the input repeats itself. */
class BoundedProblemsTest {

    /**
     * One 4 MB anchored string aliased 49 times in {@code screenshots}: every item's problem used to
     * repeat the whole value (400 MB of text for one file).
     */
    @Test
    void aLongValueRepeatedByAliasesIsEchoedShort() {
        String big = "x".repeat(400_000); // the issue used 4 MB; the size does not matter once echoes are short
        StringBuilder text = new StringBuilder(PubliccodeRobustnessTest.VALID.replace(
                "    features:\n",
                "    screenshots:\n      - &big \"" + big + "\"\n" + "      - *big\n".repeat(49) + "    features:\n"));
        PubliccodeResult result = PubliccodeParser.builder().build().parse(text.toString());

        assertThat(result.problems()).hasSizeGreaterThanOrEqualTo(50);
        long total = 0;
        for (Problem problem : result.problems()) {
            total += problem.message().length() + problem.key().length();
            assertThat(problem.message().length()).as(problem.code()).isLessThan(1_000);
        }
        assertThat(total).as("all messages and keys together").isLessThan(100_000);
        assertThat(result.problems().get(0).message()).contains("x".repeat(200) + "\u2026");
    }

    @Test
    void problemsPerFileAreCappedWhereTheLimitsAreConfigured() {
        StringBuilder text = new StringBuilder(PubliccodeRobustnessTest.VALID);
        for (int i = 0; i < 30; i++) {
            text.append("unknownKey").append(i).append(": 1\n");
        }
        PubliccodeResult capped = PubliccodeParser.builder()
                .limits(YamlLimits.DEFAULT.withMaxProblems(10))
                .build()
                .parse(text.toString());

        assertThat(capped.problems()).hasSize(11);
        assertThat(capped.problems().get(10).code()).isEqualTo("problems.truncated");
        assertThat(capped.problems().get(10).arguments()).containsEntry("omitted", "20");
        assertThat(capped.isValid()).isFalse();

        PubliccodeResult all = PubliccodeParser.builder().build().parse(text.toString());
        assertThat(all.problems()).hasSize(30).noneMatch(p -> p.code().equals("problems.truncated"));
    }
}
