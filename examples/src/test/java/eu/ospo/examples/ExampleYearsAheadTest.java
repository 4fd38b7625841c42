package eu.ospo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.check.RepositoryCheck;
import eu.ospo.governance.check.RepositoryResult;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Ruleset;
import eu.ospo.governance.rules.RulesetResult;
import eu.ospo.problem.Severity;
import eu.ospo.problem.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's first command, {@code ./ospo check examples/repositories/shared-permits}, runs without
 * {@code --date}, so on whatever day a reader runs it. The example's agreements renew automatically
 * (and its publiccode.yml names no contractor with an end date), so the folder stays valid with
 * warnings, exit status 0, for years: this test evaluates it on days up to 2035, with the default
 * ruleset (what the command uses) and with the OSPO's ruleset the project names.
 */
class ExampleYearsAheadTest {

    private static final Path REPOSITORY = Path.of("repositories", "shared-permits");
    private static final Path README = Path.of("..", "README.md");

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01", "2027-02-01", "2028-01-01", "2030-06-01", "2035-01-01", "2040-02-29"})
    void theExampleIsValidWithWarningsYearsAhead(String day) throws IOException {
        LocalDate date = LocalDate.parse(day);
        RepositoryResult result = RepositoryCheck.builder().date(date).build().check(REPOSITORY);

        assertThat(result.problems()).isEmpty();
        assertThat(errors(result)).as("error-severity failures on " + day).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.VALID_WITH_WARNINGS);
        // what the example is there to show keeps showing: the team that lost its only coder
        assertThat(result.failures())
                .anySatisfy(f ->
                        assertThat(f.ruleId() + " " + f.message()).startsWith("TEAM-CODER-EMBEDDED team collina-suap"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01", "2030-06-01", "2035-01-01"})
    void theOsposRulesetTheProjectUsesAgrees(String day) throws IOException {
        RulesetResult ruleset = Ruleset.parse(REPOSITORY.resolve("rulesets/permits-baseline.yml"), REPOSITORY);
        assertThat(ruleset.problems()).isEmpty();
        assertThat(ruleset.ruleset().orElseThrow().name()).isEqualTo("permits-baseline");

        RepositoryResult result = RepositoryCheck.builder()
                .date(LocalDate.parse(day))
                .ruleset(ruleset.ruleset().orElseThrow())
                .build()
                .check(REPOSITORY);

        assertThat(errors(result)).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.VALID_WITH_WARNINGS);
        assertThat(result.evaluation().orElseThrow().findings())
                .filteredOn(f -> f.ruleId().equals("OSPO-RULESET"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("permits-baseline"));
    }

    @Test
    void theReadmeRunsTheExampleWithoutADateAndSaysWhy() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(readme)
                .contains("./ospo check examples/repositories/shared-permits\n")
                .contains("valid with warnings (exit status 0) on any day from 2025-02-01 on");
    }

    private static List<Finding> errors(RepositoryResult result) {
        return result.failures().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
    }
}
