package eu.ospo.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.internal.rules.ParameterSpec;
import eu.ospo.governance.internal.rules.RuleDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default rules: the rules over governance.yml and publiccode.yml, then those over the
 * repository's own files (FILE-*, CO-*), CONTACT-MAILBOX-OWNER and META-EXEMPTION-EXPIRED, each fully
 * described.
 */
class RuleCatalogueTest {

    @Test
    void theCatalogueFollowsTheResearchNote() {
        assertThat(GovernanceRules.defaultRules())
                .extracting(Rule::id)
                .containsExactly(
                        "PC-CONTRACTORS-PRESENCE",
                        "PC-CONTACTS-PRESENCE",
                        "PC-CONTRACTOR-EXPIRED",
                        "PC-STATUS-CONSISTENT",
                        "XF-PROJECT-LINKED",
                        "XF-COMMUNITY-BACKED",
                        "XF-CONTRACT-BACKED",
                        "XF-INTERNAL-BACKED",
                        "XF-NONE-CONTRADICTED",
                        "XF-ORG-RESOLVES",
                        "ORG-IDENTIFIERS",
                        "ORG-MEMBERSHIP-INTERVAL",
                        "AGR-WELLFORMED",
                        "AGR-EXPIRING",
                        "AGR-NOTICE-PASSED",
                        "AGR-COVERAGE-GAP",
                        "AGR-MIN-CAPACITY",
                        "AGR-SECURITY-RESPONSE",
                        "AGR-REVIEW-SLA",
                        "DIV-ELEPHANT",
                        "DIV-ORG-COUNT",
                        "DIV-BUS-FACTOR",
                        "DEC-BODY-VALID",
                        "DEC-NEUTRALITY",
                        "CT-BELOW-POLICY",
                        "CT-COVERAGE",
                        "TEAM-CODER-EMBEDDED",
                        "TEAM-TENURE",
                        "TEAM-TURNOVER",
                        "OSPO-PRESENT",
                        "OSPO-RULESET",
                        "META-STALE",
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
                        "CONTACT-MAILBOX-OWNER",
                        "META-EXEMPTION-EXPIRED");
    }

    @Test
    void everyRuleIsDescribedAnchoredAndHasValidDefaults() {
        for (Rule rule : GovernanceRules.defaultRules()) {
            assertThat(rule.description()).as(rule.id()).isNotBlank().endsWith(".");
            assertThat(rule.anchor().isAbsolute()).as(rule.id()).isTrue();
            assertThat(rule.anchor().getScheme()).as(rule.id()).isEqualTo("https");
            rule.defaultParameters()
                    .forEach((name, value) -> assertThat(rule.parameterDefect(name, value))
                            .as(rule.id() + " " + name)
                            .isEmpty());
            assertThat(rule.parameterDefect("no-such-parameter", "1"))
                    .as(rule.id())
                    .isPresent();
            assertThat(rule).isInstanceOf(RuleDefinition.class);
            List<ParameterSpec> specs = ((RuleDefinition) rule).parameters();
            assertThat(specs)
                    .extracting(ParameterSpec::name)
                    .containsExactlyElementsOf(rule.defaultParameters().keySet());
            assertThat(specs).allSatisfy(s -> assertThat(s.description()).isNotBlank());
        }
    }

    @Test
    void defaultSeveritiesFollowTheResearchNote() {
        assertThat(GovernanceRules.defaultRules())
                .filteredOn(r -> r.defaultSeverity() == eu.ospo.problem.Severity.INFO)
                .extracting(Rule::id)
                .containsExactly("AGR-REVIEW-SLA", "DIV-ORG-COUNT", "FILE-RELEASE-NOTES", "META-EXEMPTION-EXPIRED");
        assertThat(GovernanceRules.defaultRules())
                .filteredOn(r -> r.defaultSeverity() == eu.ospo.problem.Severity.ERROR)
                .extracting(Rule::id)
                .containsExactly(
                        "PC-CONTRACTORS-PRESENCE",
                        "PC-CONTACTS-PRESENCE",
                        "PC-CONTRACTOR-EXPIRED",
                        "XF-PROJECT-LINKED",
                        "XF-COMMUNITY-BACKED",
                        "XF-CONTRACT-BACKED",
                        "ORG-IDENTIFIERS",
                        "ORG-MEMBERSHIP-INTERVAL",
                        "AGR-WELLFORMED",
                        "AGR-SECURITY-RESPONSE",
                        "DEC-BODY-VALID",
                        "FILE-LICENSE",
                        "FILE-LICENSE-MATCHES",
                        "FILE-CONTRIBUTING",
                        "FILE-GOVERNANCE",
                        "FILE-SECURITY",
                        "FILE-MAINTAINERS",
                        "CO-SYNTAX");
    }

    @ParameterizedTest
    @CsvSource({
        "DIV-ELEPHANT, p, 1, true",
        "DIV-ELEPHANT, p, 0.0001, true",
        "DIV-ELEPHANT, p, 0, false",
        "DIV-ELEPHANT, p, 1.01, false",
        "DIV-ELEPHANT, k, 1, true",
        "DIV-ELEPHANT, k, 0, false",
        "DIV-ELEPHANT, k, 2.0, true",
        "DIV-ELEPHANT, k, 2.5, false",
        "DIV-ELEPHANT, fteBasis, 0.5, true",
        "DIV-ELEPHANT, fteBasis, 0, false",
        "PC-CONTRACTOR-EXPIRED, graceDays, 0, true",
        "PC-CONTRACTOR-EXPIRED, graceDays, -1, false",
        "PC-CONTRACTOR-EXPIRED, graceDays, 99999999999, false",
        "CT-BELOW-POLICY, percentage, 100, true",
        "CT-BELOW-POLICY, percentage, 100.5, false",
        "CT-BELOW-POLICY, percentage, ten, false"
    })
    void parameterValuesAreChecked(String ruleId, String name, String value, boolean accepted) {
        assertThat(RuleRunner.rule(ruleId).parameterDefect(name, value).isEmpty())
                .isEqualTo(accepted);
    }
}
