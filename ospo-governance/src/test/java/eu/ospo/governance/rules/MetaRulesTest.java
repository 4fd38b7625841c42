package eu.ospo.governance.rules;

import static eu.ospo.governance.rules.Communities.date;
import static eu.ospo.governance.rules.Communities.exemption;
import static eu.ospo.governance.rules.Communities.governance;
import static eu.ospo.governance.rules.Communities.organisation;
import static eu.ospo.governance.rules.Communities.project;
import static eu.ospo.governance.rules.RuleRunner.only;
import static eu.ospo.governance.rules.RuleRunner.run;
import static eu.ospo.governance.rules.RuleRunner.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.Exemption;
import eu.ospo.model.Governance;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** META-*: the governance file itself. */
class MetaRulesTest {

    private static Governance reviewed(String lastReviewed, Exemption... exemptions) {
        return governance()
                .organisations(organisation("a"))
                .projects(project("p"))
                .lastReviewed(date(lastReviewed))
                .exemptions(exemptions)
                .build();
    }

    @ParameterizedTest
    @CsvSource({"2025-02-28, PASS", "2025-03-01, FAIL"})
    void reviewsOlderThanTwelveMonthsAreStale(String date, Status expected) {
        Outcome outcome = only(run("META-STALE", reviewed("2024-02-28"), date));
        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(outcome.evidence()).containsEntry("reviewDue", "2025-02-28");
        assertThat(outcome.locations().get(0).key()).isEqualTo("community.lastReviewed");
    }

    @Test
    void theAgeIsAParameter() {
        assertThat(only(run(
                                "META-STALE",
                                reviewed("2025-01-01"),
                                Optional.empty(),
                                "2025-05-01",
                                Map.of("months", "3")))
                        .status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void exemptionsThatExpiredOrGiveNoReasonFailInARuleOrder() {
        List<Outcome> outcomes = run(
                "META-EXEMPTION-EXPIRED",
                reviewed(
                        "2025-01-01",
                        exemption("DIV-ORG-COUNT", "small", Optional.empty()),
                        exemption("DIV-ELEPHANT", "young community", Optional.of(date("2025-04-30"))),
                        exemption("AGR-EXPIRING", " ", Optional.of(date("2026-01-01"))),
                        exemption("DIV-BUS-FACTOR", "two people", Optional.of(date("2025-05-01")))),
                "2025-05-01");
        assertThat(outcomes)
                .extracting(o -> o.evidence().get("rule") + " " + o.status())
                .containsExactly("AGR-EXPIRING FAIL", "DIV-BUS-FACTOR PASS", "DIV-ELEPHANT FAIL", "DIV-ORG-COUNT PASS");
        assertThat(outcomes.get(0).locations().get(0).key()).isEqualTo("community.exemptions[2].reason");
        assertThat(outcomes.get(2).locations().get(0).key()).isEqualTo("community.exemptions[1].until");
    }

    @Test
    void noExemptionsIsNotApplicable() {
        assertThat(statuses(run("META-EXEMPTION-EXPIRED", reviewed("2025-01-01"), "2025-05-01")))
                .containsExactly(Status.NOT_APPLICABLE);
    }
}
