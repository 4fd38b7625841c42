package eu.ospo.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Location;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.TerminalText;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The GitHub Actions report: workflow commands, escaped as GitHub documents, sorted by place. */
class GithubReportTest {

    @Test
    void oneCommandPerProblemAndFailureSortedByFileLineAndColumn() {
        String report = Reports.asString(ReportFormat.GITHUB, SampleEvaluation.evaluation(), SampleEvaluation.input());
        List<String> lines = report.lines().toList();

        assertThat(lines)
                .contains("::warning file=governance.yml,line=4,col=3,title=key.unknown::community.website:"
                        + " unknown key; did you mean 'uri'?");
        // failures only (4), plus the problem, plus the result line; exempted and passing findings get none
        assertThat(lines).hasSize(6);
        assertThat(lines)
                .filteredOn(l -> l.contains("title=DIV-ORG-COUNT"))
                .singleElement()
                .asString()
                .startsWith("::notice file=governance.yml,title=DIV-ORG-COUNT::");
        assertThat(lines.get(5)).isEqualTo("ospo: failed (1 error, 3 warnings)");
        List<int[]> places = lines.subList(0, 5).stream()
                .map(l -> new int[] {number(l, ",line="), number(l, ",col=")})
                .toList();
        for (int i = 1; i < places.size(); i++) {
            int[] before = places.get(i - 1);
            int[] after = places.get(i);
            assertThat(before[0] < after[0] || (before[0] == after[0] && before[1] <= after[1]))
                    .as(lines.toString())
                    .isTrue();
        }
    }

    @Test
    void valuesCannotEndTheCommandOrStartAnother() throws IOException {
        String hostile = "100% a,b:c\r\n::error file=README.md,line=1::forged \u001b[31m\u202e\u0000";
        Evaluation evaluation = new Evaluation(
                SampleEvaluation.DATE,
                "default",
                List.of(new Finding(
                        "R" + hostile,
                        Severity.ERROR,
                        Status.FAIL,
                        hostile,
                        List.of(new Location(hostile, "k", 3, 4)),
                        Map.of(),
                        SampleEvaluation.anchor("r"))));
        ReportInput input = ReportInput.of("1")
                .withProblems(hostile, List.of(Problem.of("c", Severity.WARNING, hostile, 1, 2, hostile)));

        StringWriter out = new StringWriter();
        Reports.write(ReportFormat.GITHUB, evaluation, input, out);
        List<String> lines = out.toString().lines().toList();

        assertThat(lines).hasSize(3);
        String property = "100%25 a%2Cb%3Ac%0D%0A%3A%3Aerror file=README.md%2Cline=1%3A%3Aforged \\e[31m\\u202e\\x00";
        String data = "100%25 a,b:c%0D%0A::error file=README.md,line=1::forged \\e[31m\\u202e\\x00";
        assertThat(lines).contains("::warning file=" + property + ",line=1,col=2,title=c::" + data + ": " + data);
        assertThat(lines.get(1))
                .isEqualTo("::error file=" + property + ",line=3,col=4,title=R" + property + "::" + data);
        assertThat(out.toString().replace("\n", "")).matches(s -> TerminalText.isSafe(s));
    }

    @Test
    void problemsOnlyReportHasNoEvaluation() throws IOException {
        StringWriter out = new StringWriter();
        Reports.writeProblems(ReportFormat.GITHUB, ReportInput.of("1"), out);

        assertThat(out).hasToString("ospo: passed\n");
    }

    private static int number(String line, String property) {
        int start = line.indexOf(property);
        if (start < 0) {
            return 0;
        }
        start += property.length();
        int end = start;
        while (end < line.length() && Character.isDigit(line.charAt(end))) {
            end++;
        }
        return Integer.parseInt(line.substring(start, end));
    }
}
