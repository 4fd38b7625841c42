package eu.ospo.governance.rules;

import static eu.ospo.governance.rules.Communities.agreement;
import static eu.ospo.governance.rules.Communities.contact;
import static eu.ospo.governance.rules.Communities.governance;
import static eu.ospo.governance.rules.Communities.organisation;
import static eu.ospo.governance.rules.Communities.project;
import static eu.ospo.governance.rules.RuleRunner.only;
import static eu.ospo.governance.rules.RuleRunner.run;
import static eu.ospo.governance.rules.RuleRunner.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.AgreementKind;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.Commitment;
import eu.ospo.model.CommitmentUnit;
import eu.ospo.model.ContactRole;
import eu.ospo.model.Criticality;
import eu.ospo.model.Governance;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.MaintenanceType;
import eu.ospo.model.Per;
import eu.ospo.model.Renewal;
import eu.ospo.model.Responsibility;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AGR-*: maintainer agreements. */
class AgreementRulesTest {

    private static Governance with(Communities.AgreementBuilder... agreements) {
        return withProject(project("p", MaintenanceType.COMMUNITY, Criticality.LOW), agreements);
    }

    private static Governance withProject(eu.ospo.model.Project project, Communities.AgreementBuilder... agreements) {
        return governance()
                .organisations(organisation("a"), organisation("b"))
                .projects(project)
                .contacts(
                        contact("sec", "a", ContactRole.MAINTAINER, ContactRole.SECURITY_CONTACT),
                        contact("dev", "a", ContactRole.MAINTAINER))
                .agreements(Arrays.stream(agreements)
                        .map(Communities.AgreementBuilder::build)
                        .toArray(MaintainerAgreement[]::new))
                .build();
    }

    @Nested
    class WellFormed {

        private Outcome check(Communities.AgreementBuilder agreement) {
            return only(run("AGR-WELLFORMED", with(agreement), "2025-05-01"));
        }

        @Test
        void aPlainAgreementPasses() {
            assertThat(check(agreement("x", "p", "a")).status()).isEqualTo(Status.PASS);
        }

        @Test
        void endBeforeStartFails() {
            Outcome outcome = check(agreement("x", "p", "a").term("2025-02-01", "2025-01-31"));
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.locations()).extracting(l -> l.key()).containsExactly("agreements[0].end");
        }

        @Test
        void aOneDayTermIsFineAndNoticeMayFillIt() {
            assertThat(check(agreement("x", "p", "a")
                                    .term("2025-01-01", "2025-01-01")
                                    .notice(1))
                            .status())
                    .isEqualTo(Status.PASS);
            assertThat(check(agreement("x", "p", "a")
                                    .term("2025-01-01", "2025-01-01")
                                    .notice(2))
                            .status())
                    .isEqualTo(Status.FAIL);
        }

        @Test
        void commitmentsNeedAPositiveAmountAndPerExactlyForHours() {
            assertThat(check(agreement("x", "p", "a").fte("0")).status()).isEqualTo(Status.FAIL);
            assertThat(check(agreement("x", "p", "a")
                                    .commitment(Optional.of(
                                            new Commitment(BigDecimal.TEN, CommitmentUnit.HOURS, Optional.empty()))))
                            .message())
                    .contains("without saying per");
            assertThat(check(agreement("x", "p", "a")
                                    .commitment(Optional.of(new Commitment(
                                            BigDecimal.ONE, CommitmentUnit.FTE, Optional.of(Per.MONTH)))))
                            .status())
                    .isEqualTo(Status.FAIL);
            assertThat(check(agreement("x", "p", "a").hours("40", Per.MONTH)).status())
                    .isEqualTo(Status.PASS);
        }

        @Test
        void maintenanceAndDevelopmentNeedACommitmentOtherKindsDoNot() {
            assertThat(check(agreement("x", "p", "a").commitment(Optional.empty()))
                            .status())
                    .isEqualTo(Status.FAIL);
            assertThat(check(agreement("x", "p", "a")
                                    .kind(AgreementKind.HOSTING)
                                    .commitment(Optional.empty()))
                            .status())
                    .isEqualTo(Status.PASS);
        }

        @Test
        void onlyAutomaticRenewalWithNoticeMayOmitTheEnd() {
            assertThat(check(agreement("x", "p", "a").openEnded("2025-01-01")).status())
                    .isEqualTo(Status.FAIL);
            assertThat(check(agreement("x", "p", "a").openEnded("2025-01-01").renewal(Renewal.AUTOMATIC))
                            .status())
                    .isEqualTo(Status.FAIL);
            assertThat(check(agreement("x", "p", "a")
                                    .openEnded("2025-01-01")
                                    .renewal(Renewal.AUTOMATIC)
                                    .notice(30))
                            .status())
                    .isEqualTo(Status.PASS);
        }
    }

    @Nested
    class Expiring {

        private List<Outcome> check(String date, Communities.AgreementBuilder... agreements) {
            return run("AGR-EXPIRING", with(agreements), date);
        }

        @ParameterizedTest
        @CsvSource({"2025-10-01, PASS", "2025-10-02, FAIL", "2025-12-31, FAIL"})
        void theDefaultWindowIsNinetyDays(String date, Status expected) {
            assertThat(only(check(date, agreement("x", "p", "a"))).status()).isEqualTo(expected);
        }

        @Test
        void aLongerNoticePeriodWidensTheWindow() {
            Outcome outcome = only(check("2025-09-01", agreement("x", "p", "a").notice(121)));
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.evidence()).containsEntry("windowDays", 121).containsEntry("daysLeft", 121L);
            assertThat(only(run(
                                    "AGR-EXPIRING",
                                    with(agreement("x", "p", "a")),
                                    Optional.empty(),
                                    "2025-09-01",
                                    Map.of("days", "200")))
                            .status())
                    .isEqualTo(Status.FAIL);
        }

        @Test
        void aSuccessorStartingTheNextDayContinuesIt() {
            List<Outcome> outcomes = check(
                    "2025-12-01",
                    agreement("x", "p", "a"),
                    agreement("y", "p", "a").term("2026-01-01", "2026-12-31"));
            assertThat(outcomes.get(0).status()).isEqualTo(Status.PASS);
            assertThat(outcomes.get(0).evidence()).containsEntry("successor", "y");
        }

        @Test
        void anOverlappingLongerAgreementIsASuccessorToo() {
            List<Outcome> outcomes = check(
                    "2025-12-01",
                    agreement("x", "p", "a"),
                    agreement("y", "p", "a").term("2024-06-01", "2026-06-30"));
            assertThat(outcomes.get(0).evidence()).containsEntry("successor", "y");
            assertThat(outcomes.get(0).status()).isEqualTo(Status.PASS);
        }

        @Test
        void gapsOtherProvidersDraftsAndEqualEndsAreNotSuccessors() {
            assertThat(check(
                                    "2025-12-01",
                                    agreement("x", "p", "a"),
                                    agreement("y", "p", "a").term("2026-01-02", "2026-12-31"))
                            .get(0)
                            .status())
                    .isEqualTo(Status.FAIL);
            assertThat(check(
                                    "2025-12-01",
                                    agreement("x", "p", "a"),
                                    agreement("y", "p", "b").term("2026-01-01", "2026-12-31"))
                            .get(0)
                            .status())
                    .isEqualTo(Status.FAIL);
            assertThat(check(
                                    "2025-12-01",
                                    agreement("x", "p", "a"),
                                    agreement("y", "p", "a")
                                            .term("2026-01-01", "2026-12-31")
                                            .status(AgreementStatus.DRAFT))
                            .get(0)
                            .status())
                    .isEqualTo(Status.FAIL);
            assertThat(check(
                                    "2025-12-01",
                                    agreement("x", "p", "a"),
                                    agreement("y", "p", "a").term("2025-06-01", "2025-12-31"))
                            .get(0)
                            .status())
                    .isEqualTo(Status.FAIL);
        }

        @Test
        void automaticRenewalPassesAndInactiveAgreementsAreNotSubjects() {
            assertThat(only(check(
                                    "2025-12-01",
                                    agreement("x", "p", "a")
                                            .renewal(Renewal.AUTOMATIC)
                                            .notice(30)))
                            .status())
                    .isEqualTo(Status.PASS);
            assertThat(statuses(check("2026-01-01", agreement("x", "p", "a")))).containsExactly(Status.NOT_APPLICABLE);
        }
    }

    @Nested
    class NoticePassed {

        @ParameterizedTest
        @CsvSource({"2025-11-30, PASS", "2025-12-01, FAIL"})
        void failsAfterEndMinusNotice(String date, Status expected) {
            // 2025-12-31 - 31 days = 2025-11-30, the last day to give notice
            Outcome outcome =
                    only(run("AGR-NOTICE-PASSED", with(agreement("x", "p", "a").notice(31)), date));
            assertThat(outcome.status()).isEqualTo(expected);
            assertThat(outcome.evidence()).containsEntry("noticeDeadline", "2025-11-30");
        }

        @Test
        void aSuccessorOrAutomaticRenewalSettlesIt() {
            List<Outcome> outcomes = run(
                    "AGR-NOTICE-PASSED",
                    with(
                            agreement("x", "p", "a").notice(31).renewal(Renewal.MANUAL),
                            agreement("y", "p", "a").term("2026-01-01", "2026-12-31")),
                    "2025-12-15");
            assertThat(outcomes.get(0).status()).isEqualTo(Status.PASS);
            assertThat(outcomes.get(0).evidence()).containsEntry("successor", "y");
            assertThat(statuses(run(
                            "AGR-NOTICE-PASSED",
                            with(agreement("x", "p", "a").notice(31).renewal(Renewal.AUTOMATIC)),
                            "2025-12-15")))
                    .containsExactly(Status.NOT_APPLICABLE);
        }

        @Test
        void withoutANoticePeriodThereIsNothingToCheck() {
            assertThat(statuses(run("AGR-NOTICE-PASSED", with(agreement("x", "p", "a")), "2025-12-15")))
                    .containsExactly(Status.NOT_APPLICABLE);
        }
    }

    @Nested
    class CoverageGap {

        @Test
        void aGapInTheHorizonFails() {
            Outcome outcome = only(run(
                    "AGR-COVERAGE-GAP",
                    with(agreement("x", "p", "a"), agreement("y", "p", "b").term("2026-01-05", "2026-12-31")),
                    "2025-12-01"));
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.evidence())
                    .containsEntry("gaps", List.of("2026-01-01..2026-01-04"))
                    .containsEntry("uncoveredDays", 4L)
                    .containsEntry("to", "2026-05-30");
        }

        @ParameterizedTest
        @CsvSource({"2025-07-04, PASS", "2025-07-05, FAIL"})
        void theHorizonEndsHorizonDaysAfterTheDate(String date, Status expected) {
            // 2025-07-04 + 180 days = 2025-12-31, the agreement's last day
            assertThat(only(run("AGR-COVERAGE-GAP", with(agreement("x", "p", "a")), date))
                            .status())
                    .isEqualTo(expected);
        }

        @Test
        void onlyMaintenanceAgreementsCoverAndUnmaintainedProjectsAreSkipped() {
            assertThat(only(run(
                                    "AGR-COVERAGE-GAP",
                                    with(agreement("x", "p", "a").kind(AgreementKind.DEVELOPMENT)),
                                    Optional.empty(),
                                    "2025-05-01",
                                    Map.of("horizonDays", "0")))
                            .status())
                    .isEqualTo(Status.FAIL);
            assertThat(only(run(
                                    "AGR-COVERAGE-GAP",
                                    withProject(project("p", MaintenanceType.NONE, Criticality.LOW)),
                                    "2025-05-01"))
                            .status())
                    .isEqualTo(Status.NOT_APPLICABLE);
        }
    }

    @Nested
    class MinimumCapacity {

        @ParameterizedTest
        @CsvSource({"160, PASS", "159, FAIL"})
        void lowCriticalityNeedsATenthOfAnFte(String hoursPerYear, Status expected) {
            Outcome outcome = only(run(
                    "AGR-MIN-CAPACITY", with(agreement("x", "p", "a").hours(hoursPerYear, Per.YEAR)), "2025-05-01"));
            assertThat(outcome.status()).isEqualTo(expected);
            assertThat(outcome.evidence()).containsEntry("thresholdFte", new BigDecimal("0.1"));
        }

        @Test
        void projectsWithoutCriticalityAreMedium() {
            Outcome outcome = only(run(
                    "AGR-MIN-CAPACITY",
                    withProject(project("p"), agreement("x", "p", "a").fte("0.29")),
                    "2025-05-01"));
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.evidence())
                    .containsEntry("criticality", "medium")
                    .containsEntry("criticalityDeclared", false);
        }

        @Test
        void theFteBasisChangesHowHoursCount() {
            Governance governance = withProject(
                    project("p", MaintenanceType.COMMUNITY, Criticality.MEDIUM),
                    agreement("x", "p", "a").hours("40", Per.MONTH));
            assertThat(only(run("AGR-MIN-CAPACITY", governance, "2025-05-01")).status())
                    .isEqualTo(Status.PASS);
            Outcome stricter = only(
                    run("AGR-MIN-CAPACITY", governance, Optional.empty(), "2025-05-01", Map.of("fteBasis", "1720")));
            assertThat(stricter.status()).isEqualTo(Status.FAIL);
            assertThat(stricter.evidence()).containsEntry("fteBasis", new BigDecimal("1720"));
        }

        @Test
        void inactiveAgreementsDoNotCount() {
            assertThat(only(run("AGR-MIN-CAPACITY", with(agreement("x", "p", "a")), "2026-01-01"))
                            .status())
                    .isEqualTo(Status.FAIL);
        }
    }

    @Nested
    class SecurityResponse {

        @Test
        void needsTheResponsibilityAndASecurityContactOnOneActiveAgreement() {
            assertThat(only(run(
                                    "AGR-SECURITY-RESPONSE",
                                    with(agreement("x", "p", "a")
                                            .responsibilities(Responsibility.SECURITY_RESPONSE)
                                            .maintainers("dev", "sec")),
                                    "2025-05-01"))
                            .status())
                    .isEqualTo(Status.PASS);
            Outcome noContact = only(run(
                    "AGR-SECURITY-RESPONSE",
                    with(
                            agreement("x", "p", "a")
                                    .responsibilities(Responsibility.SECURITY_RESPONSE)
                                    .maintainers("dev"),
                            agreement("y", "p", "b").maintainers("sec")),
                    "2025-05-01"));
            assertThat(noContact.status()).isEqualTo(Status.FAIL);
            assertThat(noContact.message()).contains("none names a maintainer with the securityContact role");
            assertThat(only(run(
                                    "AGR-SECURITY-RESPONSE",
                                    with(agreement("x", "p", "a").maintainers("sec")),
                                    "2025-05-01"))
                            .status())
                    .isEqualTo(Status.FAIL);
        }

        @Test
        void theAgreementMustBeActive() {
            assertThat(only(run(
                                    "AGR-SECURITY-RESPONSE",
                                    with(agreement("x", "p", "a")
                                            .responsibilities(Responsibility.SECURITY_RESPONSE)
                                            .maintainers("sec")),
                                    "2026-01-01"))
                            .status())
                    .isEqualTo(Status.FAIL);
        }
    }

    @Nested
    class ReviewSla {

        @ParameterizedTest
        @CsvSource({"2, 2, PASS", "3, 2, FAIL", "3, 3, PASS", "0, 0, PASS"})
        void reviewDaysAtMostTheLimit(int days, String limit, Status expected) {
            Outcome outcome = only(run(
                    "AGR-REVIEW-SLA",
                    with(agreement("x", "p", "a").reviewDays(days)),
                    Optional.empty(),
                    "2025-05-01",
                    Map.of("maxReviewDays", limit)));
            assertThat(outcome.status()).isEqualTo(expected);
        }

        @Test
        void endedTerminatedAndSilentAgreementsAreNotSubjects() {
            Governance governance = with(
                    agreement("ended", "p", "a")
                            .term("2024-01-01", "2024-12-31")
                            .reviewDays(9),
                    agreement("terminated", "p", "a")
                            .status(AgreementStatus.TERMINATED)
                            .reviewDays(9),
                    agreement("silent", "p", "a"),
                    agreement("future", "p", "a")
                            .term("2026-01-01", "2026-12-31")
                            .reviewDays(5));
            List<Outcome> outcomes = run("AGR-REVIEW-SLA", governance, "2025-05-01");
            assertThat(outcomes).extracting(o -> o.evidence().get("agreement")).containsExactly("future");
            assertThat(statuses(run("AGR-REVIEW-SLA", with(agreement("silent", "p", "a")), "2025-05-01")))
                    .containsExactly(Status.NOT_APPLICABLE);
        }
    }
}
