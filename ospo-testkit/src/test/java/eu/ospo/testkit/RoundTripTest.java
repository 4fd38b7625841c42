package eu.ospo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.GovernanceWriter;
import eu.ospo.model.Governance;
import eu.ospo.problem.Problem;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/**
 * Invariant 19 (parse(write(m)) equals m, without problems) for generated models, and the reader's
 * verdict on every broken variant: exactly the defect's problem code at the broken key, or no
 * problem for a defect the format allows (RuleInvariantsTest checks that its rule fails).
 */
class RoundTripTest {

    private static final GovernanceParser PARSER = GovernanceParser.builder().build();

    private static final Gen<Governance> LARGE = Communities.builder()
            .organisations(5, 15)
            .agreementsPerOrganisation(1, 6)
            .projectsPerOrganisation(0, 3)
            .contactsPerOrganisation(1, 3)
            .build();

    @Test
    void invariant19WrittenModelsParseBackEqualAndWithoutProblems() {
        qt().withExamples(500).forAll(Communities.governance().mix(LARGE, 20)).checkAssert(model -> {
            String yaml = GovernanceWriter.write(model);
            GovernanceResult result = PARSER.parse(yaml);
            assertThat(result.problems()).as(yaml).isEmpty();
            assertThat(result.governance()).as(yaml).contains(model);
            assertThat(GovernanceWriter.write(result.governance().orElseThrow()))
                    .isEqualTo(yaml);
        });
    }

    @ParameterizedTest
    @EnumSource(Defect.class)
    void everyBrokenVariantGivesItsProblemCodeAtItsKey(Defect defect) {
        qt().withExamples(200)
                .forAll(Broken.of(defect, defect.needsTeams() ? TeamPropertiesTest.TEAMS : Communities.governance()))
                .checkAssert(broken -> {
                    String yaml = GovernanceWriter.write(broken.governance());
                    GovernanceResult result = PARSER.parse(yaml);
                    Set<String> problems = result.problems().stream()
                            .map(p -> p.code() + " at " + p.key())
                            .collect(Collectors.toSet());
                    if (defect.problemCode().isPresent()) {
                        assertThat(problems)
                                .as(broken + "\n" + yaml)
                                .containsExactly(defect.problemCode().get() + " at " + broken.key());
                        assertThat(result.governance()).isEmpty();
                        // a semantic problem: the model is read as written, for the rules to run on
                        assertThat(result.governanceAsRead()).as(yaml).contains(broken.governance());
                        Problem problem = result.problems().get(0);
                        assertThat(problem.line()).isPositive();
                    } else {
                        // a defect the format allows: the file reads back unchanged, and a rule
                        // finds it (RuleInvariantsTest)
                        assertThat(problems).as(broken.toString()).isEmpty();
                        assertThat(result.governance()).contains(broken.governance());
                    }
                });
    }
}
