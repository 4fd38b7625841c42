package eu.ospo.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.Verdict;
import eu.ospo.yaml.YamlLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemListTest {

    private static Problem problem(Severity severity, int line) {
        return Problem.of("field.unknown", severity, "k" + line, line, 1, "problem on line " + line);
    }

    @Test
    void keepsEveryProblemUpToTheLimit() {
        ProblemList list = new ProblemList(YamlLimits.DEFAULT.withMaxProblems(3));
        for (int i = 1; i <= 3; i++) {
            list.add(problem(Severity.WARNING, i));
        }
        assertThat(list.all()).extracting(Problem::line).containsExactly(1, 2, 3);
        assertThat(list.omitted()).isZero();
    }

    @Test
    void countsWhatIsOverTheLimitInOneTruncatedProblem() {
        ProblemList list = new ProblemList(YamlLimits.DEFAULT.withMaxProblems(3));
        for (int i = 1; i <= 10; i++) {
            list.add(problem(i == 9 ? Severity.ERROR : Severity.WARNING, i));
        }
        List<Problem> all = list.all();
        assertThat(all).hasSize(4);
        assertThat(all.subList(0, 3)).extracting(Problem::line).containsExactly(1, 2, 3);
        Problem truncated = all.get(3);
        assertThat(truncated.code()).isEqualTo(ProblemList.TRUNCATED);
        assertThat(truncated.severity()).as("the highest severity left out").isEqualTo(Severity.ERROR);
        assertThat(truncated.arguments())
                .containsEntry("omitted", "7")
                .containsEntry("errors", "1")
                .containsEntry("warnings", "6")
                .containsEntry("limit", "3");
        assertThat(truncated.message()).startsWith("7 more problems were left out (1 errors, 6 warnings, 0 info)");
        assertThat(list.hasErrors()).isTrue();
        assertThat(Verdict.of(all)).as("the verdict counts what was left out").isEqualTo(Verdict.INVALID);
    }

    @Test
    void theDefaultLimitIsOneThousand() {
        ProblemList list = new ProblemList();
        for (int i = 1; i <= 50_000; i++) {
            list.add(problem(Severity.WARNING, i));
        }
        assertThat(list.all()).hasSize(1_001);
        assertThat(list.all().get(1_000).arguments()).containsEntry("omitted", "49000");
        assertThat(list.all().get(1_000).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void shortensAVeryLongMessageOrKey() {
        ProblemList list = new ProblemList();
        list.add(Problem.of("c", Severity.ERROR, "k".repeat(100_000), 1, 1, "m".repeat(100_000)));
        Problem kept = list.all().get(0);
        assertThat(kept.message()).hasSize(ProblemList.MAX_TEXT + 1).endsWith("\u2026");
        assertThat(kept.key()).hasSize(ProblemList.MAX_TEXT + 1);
    }

    @Test
    void echoesAtMostTwoHundredCharactersOfAnUnknownKey() {
        ProblemList list = new ProblemList();
        list.unknown(KeyPath.ROOT.field("z".repeat(10_000)), ProblemList.Position.UNKNOWN);
        assertThat(list.all().get(0).message()).isEqualTo("unknown field \"" + "z".repeat(200) + "\u2026\"");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> YamlLimits.DEFAULT.withMaxProblems(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(YamlLimits.DEFAULT.maxProblems()).isEqualTo(1_000);
        assertThat(new YamlLimits(1, 1, 0, 1).maxProblems()).isEqualTo(YamlLimits.DEFAULT_MAX_PROBLEMS);
    }
}
