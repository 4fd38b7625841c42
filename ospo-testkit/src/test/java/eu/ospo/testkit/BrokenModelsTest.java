package eu.ospo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.model.Governance;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/** Every broken variant breaks exactly one thing, at the key it names. */
class BrokenModelsTest {

    private static final Gen<Governance> SMALL = Communities.governance();

    private static final Gen<Governance> BARE = Communities.builder()
            .organisations(1, 1)
            .projectsPerOrganisation(0, 0)
            .agreementsPerOrganisation(0, 0)
            .contactsPerOrganisation(1, 1)
            .withoutCommunityTime()
            .withoutDecisionMaking()
            .build();

    @ParameterizedTest
    @EnumSource(Defect.class)
    void eachVariantHasExactlyOneProblemAtItsKey(Defect defect) {
        org.junit.jupiter.api.Assumptions.assumeFalse(
                defect.needsTeams(),
                "ModelCheck knows no teams: RoundTripTest checks the team defects with the reader");
        for (Gen<Governance> valid : List.of(SMALL, BARE)) {
            qt().withExamples(300).forAll(Broken.of(defect, valid)).checkAssert(broken -> {
                assertThat(broken.defect()).isEqualTo(defect);
                assertThat(ModelCheck.problems(broken.governance()))
                        .as(broken.toString())
                        .containsOnlyKeys(broken.key());
                assertThat(broken.description()).startsWith(broken.key() + " ");
            });
        }
    }

    @Test
    void recordLocalDefectsAreConstraintViolationsAndTheOthersCrossRecordProblems() {
        Set<Defect> recordLocal = EnumSet.of(
                Defect.END_BEFORE_START,
                Defect.PERCENTAGE_OVER_100,
                Defect.MALFORMED_IDENTIFIER,
                Defect.UNKNOWN_COUNTRY);
        qt().withExamples(300).forAll(Broken.any(SMALL)).checkAssert(broken -> {
            boolean local = recordLocal.contains(broken.defect());
            assertThat(ModelCheck.constraintViolations(broken.governance()).keySet())
                    .as(broken.toString())
                    .isEqualTo(local ? Set.of(broken.key()) : Set.of());
            assertThat(ModelCheck.crossRecordProblems(broken.governance()).keySet())
                    .as(broken.toString())
                    .isEqualTo(local ? Set.of() : Set.of(broken.key()));
        });
    }

    @Test
    void anyBreaksInEveryWay() {
        // models without teams in every way that needs none, models with teams in every way
        assertThat(ValidByConstructionTest.sample(Broken.any(SMALL), 300).stream()
                        .map(BrokenGovernance::defect)
                        .distinct())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(Defect.values())
                        .filter(d -> !d.needsTeams())
                        .toArray(Defect[]::new));
        assertThat(ValidByConstructionTest.sample(Broken.any(TeamPropertiesTest.TEAMS), 500).stream()
                        .map(BrokenGovernance::defect)
                        .distinct())
                .containsExactlyInAnyOrder(Defect.values());
    }

    @Test
    void everyDanglingReferenceSiteAndDuplicateKindOccurs() {
        List<String> dangling = ValidByConstructionTest.sample(Broken.danglingReference(SMALL), 500).stream()
                .map(b -> b.key().replaceAll("\\[\\d+]", "[]"))
                .distinct()
                .toList();
        assertThat(dangling)
                .containsExactlyInAnyOrder(
                        "agreements[].project",
                        "agreements[].contractor",
                        "agreements[].maintainers[]",
                        "projects[].steward",
                        "communityTime.reports[].organisation");
        List<String> duplicates = ValidByConstructionTest.sample(Broken.duplicateId(SMALL), 300).stream()
                .map(b -> b.key().replaceAll("\\[\\d+]", "[]"))
                .distinct()
                .toList();
        assertThat(duplicates)
                .containsExactlyInAnyOrder("organisations[].id", "projects[].id", "agreements[].id", "contacts[].id");
    }
}
