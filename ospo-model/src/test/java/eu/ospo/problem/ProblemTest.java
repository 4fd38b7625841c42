package eu.ospo.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void formatsLikeTheReferenceValidator() {
        Problem problem = Problem.of(
                "value.too-long",
                Severity.ERROR,
                "description.en.shortDescription",
                12,
                5,
                "shortDescription must be a maximum of 150 characters in length");
        assertThat(problem.format("publiccode.yml"))
                .isEqualTo("publiccode.yml:12:5: error: description.en.shortDescription: "
                        + "shortDescription must be a maximum of 150 characters in length");
    }

    @Test
    void leavesOutAnEmptyKey() {
        Problem problem = Problem.of("yaml.syntax", Severity.WARNING, "", 0, 0, "bad");
        assertThat(problem.format("f.yml")).isEqualTo("f.yml:0:0: warning: bad");
        assertThat(problem.hasPosition()).isFalse();
    }

    @Test
    void rejectsMisuse() {
        assertThatThrownBy(() -> Problem.of(" ", Severity.ERROR, "", 1, 1, "m"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Problem.of("c", Severity.ERROR, "", -1, 1, "m"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void argumentsAreCopied() {
        Map<String, String> args = new java.util.HashMap<>(Map.of("max", "150"));
        Problem problem = new Problem("c", Severity.ERROR, "k", 1, 1, "m", args);
        args.put("min", "1");
        assertThat(problem.arguments()).containsOnlyKeys("max");
    }

    @Test
    void verdictFollowsTheWorstSeverity() {
        Problem error = Problem.of("e", Severity.ERROR, "", 1, 1, "m");
        Problem warning = Problem.of("w", Severity.WARNING, "", 1, 1, "m");
        Problem info = Problem.of("i", Severity.INFO, "", 1, 1, "m");
        assertThat(Verdict.of(List.of())).isEqualTo(Verdict.VALID);
        assertThat(Verdict.of(List.of(info))).isEqualTo(Verdict.VALID);
        assertThat(Verdict.of(List.of(info, warning))).isEqualTo(Verdict.VALID_WITH_WARNINGS);
        assertThat(Verdict.of(List.of(warning, error))).isEqualTo(Verdict.INVALID);
        assertThat(Verdict.INVALID.isValid()).isFalse();
        assertThat(Verdict.VALID_WITH_WARNINGS.isValid()).isTrue();
    }

    @Test
    void formatEscapesControlCharactersFromTheFile() {
        Problem problem = Problem.of(
                "field.unknown",
                Severity.ERROR,
                "x\u001b[2J",
                3,
                1,
                "unknown field \"x\u001b[2J\"\n::error file=README.md,line=1::forged\u202e");
        String line = problem.format("dir\rpubliccode.yml");
        assertThat(line)
                .isEqualTo("dir\\rpubliccode.yml:3:1: error: x\\e[2J: unknown field \"x\\e[2J\"\\n"
                        + "::error file=README.md,line=1::forged\\u202e")
                .doesNotContain("\n", "\r", "\u001b", "\u202e");
    }
}
