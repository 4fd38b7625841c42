package eu.ospo.governance.rules;

import static eu.ospo.governance.rules.Communities.agreement;
import static eu.ospo.governance.rules.Communities.governance;
import static eu.ospo.governance.rules.Communities.organisation;
import static eu.ospo.governance.rules.Communities.project;
import static eu.ospo.governance.rules.Findings.list;
import static eu.ospo.governance.rules.Findings.map;
import static eu.ospo.governance.rules.RuleRunner.only;
import static eu.ospo.governance.rules.RuleRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.AgreementStatus;
import eu.ospo.model.Criticality;
import eu.ospo.model.Governance;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.MaintenanceType;
import eu.ospo.model.Per;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DIV-*: diversity of organisations and people. */
class DiversityRulesTest {

    private static Governance with(Communities.AgreementBuilder... agreements) {
        return governance()
                .organisations(organisation("a"), organisation("b"), organisation("c"), organisation("d"))
                .projects(project("p", MaintenanceType.COMMUNITY, Criticality.LOW))
                .agreements(Arrays.stream(agreements)
                        .map(Communities.AgreementBuilder::build)
                        .toArray(MaintainerAgreement[]::new))
                .build();
    }

    @Nested
    class Elephant {

        private Outcome check(Communities.AgreementBuilder... agreements) {
            return only(run("DIV-ELEPHANT", with(agreements), "2025-05-01"));
        }

        @Test
        void exactlyHalfIsOneElephant() {
            Outcome outcome = check(
                    agreement("x", "p", "a").fte("0.5"),
                    agreement("y", "p", "b").fte("0.5"));
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.evidence()).containsEntry("elephantFactor", 1);
        }

        @Test
        void justUnderHalfPasses() {
            Outcome outcome = check(
                    agreement("x", "p", "a").hours("499", Per.YEAR),
                    agreement("y", "p", "b").hours("499", Per.YEAR),
                    agreement("z", "p", "c").hours("2", Per.YEAR));
            assertThat(outcome.status()).isEqualTo(Status.PASS);
            assertThat(outcome.evidence()).containsEntry("elephantFactor", 2);
            assertThat(list(outcome.evidence().get("organisations")))
                    .extracting(o -> map(o).get("organisation"))
                    .containsExactly("a", "b", "c");
        }

        @Test
        void aProviderWithSeveralAgreementsIsOneOrganisationAndContractorsDoNotCount() {
            Outcome outcome = check(
                    agreement("x", "p", "a").fte("0.3"),
                    agreement("y", "p", "a").fte("0.3"),
                    agreement("z", "p", "b").fte("0.5").contractor("c"));
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(map(list(outcome.evidence().get("organisations")).get(0)))
                    .containsEntry("organisation", "a")
                    .containsEntry("hoursPerYear", new BigDecimal("960"))
                    .containsEntry("sharePercent", new BigDecimal("54.5"));
        }

        @Test
        void noEffortIsFactorZero() {
            Outcome outcome = check(agreement("x", "p", "a").status(AgreementStatus.DRAFT));
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.evidence()).containsEntry("elephantFactor", 0);
        }

        @Test
        void pAndKAreParameters() {
            Governance governance = with(
                    agreement("x", "p", "a").fte("0.6"),
                    agreement("y", "p", "b").fte("0.2"),
                    agreement("z", "p", "c").fte("0.2"));
            assertThat(only(run("DIV-ELEPHANT", governance, "2025-05-01")).status())
                    .isEqualTo(Status.FAIL);
            assertThat(only(run("DIV-ELEPHANT", governance, Optional.empty(), "2025-05-01", Map.of("p", "0.7")))
                            .status())
                    .isEqualTo(Status.PASS);
            assertThat(only(run("DIV-ELEPHANT", governance, Optional.empty(), "2025-05-01", Map.of("k", "1")))
                            .status())
                    .isEqualTo(Status.PASS);
        }

        @Test
        void theFteBasisMattersWhenFteAndHoursMix() {
            // 0.5 FTE against 1000 h and 300 h a year: at 1600 h per FTE the largest is b with 1000 of 2100 h
            // (47.6%); at 3200 h it is a with 1600 of 2900 h (55.2%)
            Governance governance = with(
                    agreement("x", "p", "a").fte("0.5"),
                    agreement("y", "p", "b").hours("1000", Per.YEAR),
                    agreement("z", "p", "c").hours("300", Per.YEAR));
            assertThat(only(run("DIV-ELEPHANT", governance, "2025-05-01")).status())
                    .isEqualTo(Status.PASS);
            assertThat(only(run("DIV-ELEPHANT", governance, Optional.empty(), "2025-05-01", Map.of("fteBasis", "3200")))
                            .status())
                    .isEqualTo(Status.FAIL);
        }
    }

    @Nested
    class OrganisationCount {

        @ParameterizedTest
        @CsvSource({"2, FAIL", "3, PASS", "4, PASS"})
        void countsDistinctProvidersWithActiveEffort(int providers, Status expected) {
            String[] ids = {"a", "b", "c", "d"};
            Communities.AgreementBuilder[] agreements = new Communities.AgreementBuilder[providers + 1];
            for (int i = 0; i < providers; i++) {
                agreements[i] = agreement("x" + i, "p", ids[i]);
            }
            agreements[providers] = agreement("expired", "p", "d").term("2024-01-01", "2024-12-31");
            Outcome outcome = only(run("DIV-ORG-COUNT", with(agreements), "2025-05-01"));
            assertThat(outcome.status()).isEqualTo(expected);
            assertThat(outcome.evidence()).containsEntry("count", providers);
        }

        @Test
        void theMinimumIsAParameter() {
            assertThat(only(run(
                                    "DIV-ORG-COUNT",
                                    with(agreement("x", "p", "a")),
                                    Optional.empty(),
                                    "2025-05-01",
                                    Map.of("minOrganisations", "1")))
                            .status())
                    .isEqualTo(Status.PASS);
        }
    }

    @Nested
    class BusFactor {

        @Test
        void hoursAreDividedEquallyAmongNamedMaintainers() {
            // x: 0.6 FTE = 960 h over p1, p2, p3 (320 each); y: 0.1 FTE = 160 h to p1 alone
            Outcome outcome = only(run(
                    "DIV-BUS-FACTOR",
                    with(
                            agreement("x", "p", "a").fte("0.6").maintainers("p1", "p2", "p3"),
                            agreement("y", "p", "b").fte("0.1").maintainers("p1")),
                    "2025-05-01"));
            assertThat(outcome.status()).isEqualTo(Status.PASS);
            assertThat(outcome.evidence()).containsEntry("contributorAbsenceFactor", 2);
            assertThat(list(outcome.evidence().get("maintainers")))
                    .extracting(m -> map(m).get("contact") + "=" + map(m).get("hoursPerYear"))
                    .containsExactly("p1=480", "p2=320", "p3=320");
        }

        @Test
        void sharesThatDoNotDivideExactlyStillGiveAnExactFactor() {
            // 100 h over 3 people and 100 h to one: weights 33.33.., 33.33.., 133.33.. of 200: the largest
            // alone is 66.7%
            Outcome outcome = only(run(
                    "DIV-BUS-FACTOR",
                    with(
                            agreement("x", "p", "a").hours("100", Per.YEAR).maintainers("p1", "p2", "p3"),
                            agreement("y", "p", "b").hours("100", Per.YEAR).maintainers("p1")),
                    "2025-05-01"));
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(list(outcome.evidence().get("maintainers")))
                    .extracting(m -> map(m).get("hoursPerYear"))
                    .containsExactly(new BigDecimal("133.33"), new BigDecimal("33.33"), new BigDecimal("33.33"));
        }

        @Test
        void exactlyHalfIsOnePerson() {
            Outcome outcome = only(run(
                    "DIV-BUS-FACTOR", with(agreement("x", "p", "a").fte("0.5").maintainers("p1", "p2")), "2025-05-01"));
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.evidence()).containsEntry("contributorAbsenceFactor", 1);
        }

        @Test
        void agreementsNamingNobodyAreUnassigned() {
            Outcome outcome = only(run(
                    "DIV-BUS-FACTOR",
                    with(
                            agreement("x", "p", "a").fte("0.5"),
                            agreement("y", "p", "b").fte("0.1")),
                    "2025-05-01"));
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.evidence())
                    .containsEntry("contributorAbsenceFactor", 0)
                    .containsEntry("unassignedHoursPerYear", new BigDecimal("960"))
                    .containsEntry("maintainers", List.of());
        }

        @Test
        void aMaintainerNamedTwiceInOneAgreementCountsOnce() {
            Outcome outcome = only(run(
                    "DIV-BUS-FACTOR",
                    with(agreement("x", "p", "a").fte("0.5").maintainers("p1", "p1", "p2")),
                    Optional.empty(),
                    "2025-05-01",
                    Map.of("min", "1")));
            assertThat(list(outcome.evidence().get("maintainers")))
                    .extracting(m -> map(m).get("hoursPerYear"))
                    .containsExactly(new BigDecimal("400"), new BigDecimal("400"));
            assertThat(outcome.status()).isEqualTo(Status.PASS);
        }
    }
}
