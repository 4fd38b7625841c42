package eu.ospo.governance.rules;

import static eu.ospo.governance.rules.Findings.list;
import static eu.ospo.governance.rules.Findings.map;
import static eu.ospo.governance.rules.Findings.single;
import static eu.ospo.governance.rules.Findings.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked example of docs/governance-yml.md gives exactly the expected results. */
class WorkedExampleTest {

    private static final GovernanceRules ENGINE = GovernanceRules.defaults();

    private static Evaluation on(String date) {
        return ENGINE.evaluate(WorkedExample.context(LocalDate.parse(date)));
    }

    @Test
    void everyRuleOnTheEvaluationDate() {
        Evaluation evaluation = ENGINE.evaluate(WorkedExample.context(WorkedExample.DATE));

        Map<String, List<Status>> expected = new LinkedHashMap<>();
        expected.put("PC-CONTRACTORS-PRESENCE", List.of(Status.PASS));
        expected.put("PC-CONTACTS-PRESENCE", List.of(Status.PASS));
        expected.put("PC-CONTRACTOR-EXPIRED", List.of(Status.NOT_APPLICABLE));
        expected.put("PC-STATUS-CONSISTENT", List.of(Status.PASS));
        expected.put("XF-PROJECT-LINKED", List.of(Status.PASS));
        expected.put("XF-COMMUNITY-BACKED", List.of(Status.PASS));
        expected.put("XF-CONTRACT-BACKED", List.of(Status.NOT_APPLICABLE));
        expected.put("XF-INTERNAL-BACKED", List.of(Status.NOT_APPLICABLE));
        expected.put("XF-NONE-CONTRADICTED", List.of(Status.PASS));
        expected.put("XF-ORG-RESOLVES", List.of(Status.PASS, Status.PASS));
        expected.put("ORG-IDENTIFIERS", List.of(Status.PASS, Status.PASS, Status.PASS, Status.PASS));
        expected.put("ORG-MEMBERSHIP-INTERVAL", List.of(Status.PASS, Status.PASS));
        expected.put("AGR-WELLFORMED", List.of(Status.PASS, Status.PASS));
        expected.put("AGR-EXPIRING", List.of(Status.PASS, Status.PASS));
        expected.put("AGR-NOTICE-PASSED", List.of(Status.PASS, Status.PASS));
        expected.put("AGR-COVERAGE-GAP", List.of(Status.PASS));
        expected.put("AGR-MIN-CAPACITY", List.of(Status.PASS));
        expected.put("AGR-SECURITY-RESPONSE", List.of(Status.PASS));
        expected.put("AGR-REVIEW-SLA", List.of(Status.PASS));
        expected.put("DIV-ELEPHANT", List.of(Status.EXEMPTED));
        expected.put("DIV-ORG-COUNT", List.of(Status.FAIL));
        expected.put("DIV-BUS-FACTOR", List.of(Status.FAIL));
        expected.put("DEC-BODY-VALID", List.of(Status.PASS));
        expected.put("DEC-NEUTRALITY", List.of(Status.PASS));
        expected.put("CT-BELOW-POLICY", List.of(Status.PASS));
        // a governance.yml 0.1 file has no teams and no OSPO
        for (String rule : List.of(
                "CT-COVERAGE", "TEAM-CODER-EMBEDDED", "TEAM-TENURE", "TEAM-TURNOVER", "OSPO-PRESENT", "OSPO-RULESET")) {
            expected.put(rule, List.of(Status.NOT_APPLICABLE));
        }
        expected.put("META-STALE", List.of(Status.PASS));
        // without repository files the FILE-* and CO-* rules do not apply; the example has no role mailbox
        for (String rule : List.of(
                "FILE-LICENSE",
                "FILE-LICENSE-MATCHES",
                "FILE-CONTRIBUTING",
                "FILE-GOVERNANCE",
                "FILE-COC",
                "FILE-SECURITY",
                "FILE-SECURITY-DISCLOSURE",
                "FILE-SECURITY-CONTACT",
                "FILE-SECURITY-INSIGHTS",
                "FILE-MAINTAINERS",
                "FILE-PUBLICCODE",
                "FILE-RELEASE-NOTES",
                "CO-SYNTAX",
                "CO-COVERAGE",
                "CO-SELF-OWNED",
                "CO-OWNERS-DECLARED",
                "CO-MAINTAINERS-LISTED",
                "CO-OWNER-DIVERSITY",
                "CONTACT-MAILBOX-OWNER")) {
            expected.put(rule, List.of(Status.NOT_APPLICABLE));
        }
        expected.put("META-EXEMPTION-EXPIRED", List.of(Status.PASS));

        Map<String, List<Status>> actual = new LinkedHashMap<>();
        evaluation
                .findings()
                .forEach(f -> actual.computeIfAbsent(f.ruleId(), k -> new java.util.ArrayList<>())
                        .add(f.status()));
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(evaluation.passed()).isTrue();
        assertThat(evaluation.date()).isEqualTo(WorkedExample.DATE);
        assertThat(evaluation.rulesetName()).isEqualTo("default");
    }

    @Test
    void communityBackedByUtrechtAndRoma() {
        Finding finding = single(on("2025-05-01"), "XF-COMMUNITY-BACKED");
        assertThat(finding.status()).isEqualTo(Status.PASS);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.evidence().get("organisations")).isEqualTo(List.of("roma", "utrecht"));
        assertThat(finding.evidence().get("count")).isEqualTo(2);
    }

    @Test
    void communityBackedFailsBeforeRomasAgreementStarts() {
        Evaluation evaluation = on("2025-03-01");
        Finding finding = single(evaluation, "XF-COMMUNITY-BACKED");
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.evidence().get("organisations")).isEqualTo(List.of("utrecht"));
        assertThat(evaluation.passed()).isFalse();
        assertThat(single(on("2025-04-01"), "XF-COMMUNITY-BACKED").status()).isEqualTo(Status.PASS);
        assertThat(single(on("2025-03-31"), "XF-COMMUNITY-BACKED").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void minimumCapacityIsOnePointOneFte() {
        Finding finding = single(on("2025-05-01"), "AGR-MIN-CAPACITY");
        assertThat(finding.status()).isEqualTo(Status.PASS);
        assertThat(finding.evidence().get("totalFte")).isEqualTo(new BigDecimal("1.1"));
        assertThat(finding.evidence().get("totalHoursPerYear")).isEqualTo(new BigDecimal("1760"));
        assertThat(finding.evidence().get("thresholdFte")).isEqualTo(new BigDecimal("0.8"));
        assertThat(finding.evidence().get("criticality")).isEqualTo("high");
        assertThat(map(finding.evidence().get("hoursPerYearByOrganisation")))
                .containsExactly(
                        Map.entry("roma", new BigDecimal("480")), Map.entry("utrecht", new BigDecimal("1280")));
    }

    @Test
    void elephantFactorOneIsExemptedWithUtrechtAtSeventyTwoPointSevenPercent() {
        Finding finding = single(on("2025-05-01"), "DIV-ELEPHANT");
        assertThat(finding.status()).isEqualTo(Status.EXEMPTED);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.evidence().get("elephantFactor")).isEqualTo(1);
        assertThat(finding.evidence().get("totalHoursPerYear")).isEqualTo(new BigDecimal("1760"));
        Map<String, Object> largest =
                map(list(finding.evidence().get("organisations")).get(0));
        assertThat(largest)
                .containsEntry("organisation", "utrecht")
                .containsEntry("hoursPerYear", new BigDecimal("1280"))
                .containsEntry("sharePercent", new BigDecimal("72.7"));
        assertThat(finding.message()).contains("utrecht 72.7%").contains("exempted until 2025-12-31");
        assertThat(map(finding.evidence().get("exemption"))).containsEntry("until", "2025-12-31");
        assertThat(finding.locations()).extracting(l -> l.key()).contains("community.exemptions[0]");
    }

    @Test
    void elephantFactorFailsOnceTheExemptionHasExpired() {
        assertThat(single(on("2025-12-31"), "DIV-ELEPHANT").status()).isEqualTo(Status.EXEMPTED);
        Evaluation evaluation = on("2026-01-01");
        assertThat(single(evaluation, "DIV-ELEPHANT").status()).isEqualTo(Status.FAIL);
        Finding expired = single(evaluation, "META-EXEMPTION-EXPIRED");
        assertThat(expired.status()).isEqualTo(Status.FAIL);
        assertThat(expired.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void organisationCountIsAnInformationalFailTwoOfThree() {
        Finding finding = single(on("2025-05-01"), "DIV-ORG-COUNT");
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.evidence().get("count")).isEqualTo(2);
        assertThat(finding.evidence().get("minOrganisations")).isEqualTo(3);
        assertThat(finding.evidence().get("organisations")).isEqualTo(List.of("roma", "utrecht"));
    }

    @Test
    void securityResponseNeutralityAndCommunityTimePass() {
        Evaluation evaluation = on("2025-05-01");
        Finding security = single(evaluation, "AGR-SECURITY-RESPONSE");
        assertThat(security.status()).isEqualTo(Status.PASS);
        assertThat(security.evidence())
                .containsEntry("agreement", "mnt-utrecht-2025")
                .containsEntry("securityContact", "jvdberg");
        assertThat(single(evaluation, "DEC-NEUTRALITY").status()).isEqualTo(Status.PASS);
        Finding time = single(evaluation, "CT-BELOW-POLICY");
        assertThat(time.status()).isEqualTo(Status.PASS);
        assertThat(time.evidence())
                .containsEntry("organisation", "utrecht")
                .containsEntry("period", "2025-Q1")
                .containsEntry("percent", new BigDecimal("10.3"))
                .containsEntry("contractHours", new BigDecimal("4160"))
                .containsEntry("communityHours", new BigDecimal("430"));
    }

    @Test
    void busFactorIsOneOverTheTwoNamedMaintainers() {
        Finding finding = single(on("2025-05-01"), "DIV-BUS-FACTOR");
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.evidence().get("contributorAbsenceFactor")).isEqualTo(1);
        assertThat(list(finding.evidence().get("maintainers")))
                .extracting(m -> map(m).get("contact"))
                .containsExactly("jvdberg", "mrossi");
    }

    @Test
    void expiringFiresForRomaFromTheLastDayOf2025() {
        assertThat(statuses(on("2025-05-01"), "AGR-EXPIRING")).doesNotContain(Status.FAIL);
        assertThat(statuses(on("2025-12-30"), "AGR-EXPIRING")).doesNotContain(Status.FAIL);
        Evaluation evaluation = on("2025-12-31");
        List<Finding> failing = Findings.of(evaluation, "AGR-EXPIRING").stream()
                .filter(f -> f.status() == Status.FAIL)
                .toList();
        assertThat(failing).hasSize(1);
        assertThat(failing.get(0).evidence())
                .containsEntry("agreement", "mnt-roma-2025")
                .containsEntry("daysLeft", 90L)
                .containsEntry("windowDays", 90);
    }

    @Test
    void noticePassedFiresForRomaAfterTheThirtiethOfJanuary2026() {
        assertThat(statuses(on("2025-05-01"), "AGR-NOTICE-PASSED")).doesNotContain(Status.FAIL);
        assertThat(statuses(on("2026-01-30"), "AGR-NOTICE-PASSED")).doesNotContain(Status.FAIL);
        List<Finding> failing = Findings.of(on("2026-01-31"), "AGR-NOTICE-PASSED").stream()
                .filter(f -> f.status() == Status.FAIL)
                .toList();
        assertThat(failing).hasSize(1);
        assertThat(failing.get(0).evidence())
                .containsEntry("agreement", "mnt-roma-2025")
                .containsEntry("noticeDeadline", "2026-01-30");
    }
}
