package eu.ospo.governance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.yaml.YamlLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 6 item 1: a governance.yml cannot make its problem list (and so its reports) unbounded. */
class BoundedProblemsTest {

    /** 500 KB: {@code organisations:} and 50,000 lines {@code - {id: o}}, about 8 problems a line. */
    static String fiftyThousandOrganisations() {
        return "governanceYmlVersion: \"0.1\"\norganisations:\n" + "- {id: o}\n".repeat(50_000);
    }

    @Test
    void fiftyThousandBrokenOrganisationsGiveAThousandProblemsAndOneTruncation() {
        GovernanceResult result = Fixtures.PARSER.parse(fiftyThousandOrganisations());

        List<Problem> problems = result.problems();
        assertThat(problems).hasSize(YamlLimits.DEFAULT_MAX_PROBLEMS + 1);
        Problem last = problems.get(problems.size() - 1);
        assertThat(last.code()).isEqualTo("problems.truncated");
        assertThat(last.severity()).isEqualTo(Severity.ERROR);
        assertThat(Integer.parseInt(last.arguments().get("omitted"))).isGreaterThan(300_000);
        assertThat(last.arguments()).containsEntry("limit", "1000");
        assertThat(result.governance()).isEmpty();
    }

    @Test
    void theCapIsConfigurableWithTheOtherLimits() {
        GovernanceParser parser = GovernanceParser.builder()
                .limits(GovernanceParser.DEFAULT_LIMITS.withMaxProblems(5))
                .build();
        List<Problem> problems = parser.parse(fiftyThousandOrganisations()).problems();
        assertThat(problems).hasSize(6);
        assertThat(problems.get(5).code()).isEqualTo("problems.truncated");
    }

    @Test
    void aLongExemptionReasonOrIdIsEchoedShort() {
        String longId = "a".repeat(5_000);
        String text = "governanceYmlVersion: \"0.1\"\norganisations:\n- {id: " + longId + "}\n";
        for (Problem problem : Fixtures.PARSER.parse(text).problems()) {
            assertThat(problem.message().length()).as(problem.code()).isLessThan(600);
        }
    }
}
