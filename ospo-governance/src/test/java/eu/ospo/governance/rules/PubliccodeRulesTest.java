package eu.ospo.governance.rules;

import static eu.ospo.governance.rules.RuleRunner.only;
import static eu.ospo.governance.rules.RuleRunner.run;
import static eu.ospo.governance.rules.RuleRunner.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.Governance;
import eu.ospo.model.MaintenanceType;
import eu.ospo.publiccode.model.DevelopmentStatus;
import eu.ospo.publiccode.model.PublicCode;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PC-*: rules over publiccode.yml alone. */
class PubliccodeRulesTest {

    private static final Governance GOVERNANCE = WorkedExample.governance();

    private static Outcome evaluate(String rule, PublicCode publicCode, String date) {
        return only(run(rule, GOVERNANCE, Optional.of(publicCode), date));
    }

    @ParameterizedTest
    @CsvSource({"PC-CONTRACTORS-PRESENCE", "PC-CONTACTS-PRESENCE", "PC-CONTRACTOR-EXPIRED", "PC-STATUS-CONSISTENT"})
    void withoutPubliccodeNothingApplies(String rule) {
        assertThat(statuses(run(rule, GOVERNANCE, "2025-05-01"))).containsExactly(Status.NOT_APPLICABLE);
    }

    @Test
    void contractorsPresentForContract() {
        PublicCode contract = PublicCodes.builder()
                .type(MaintenanceType.CONTRACT)
                .contractor("ACME Software B.V.", "2026-03-31")
                .build();
        assertThat(evaluate("PC-CONTRACTORS-PRESENCE", contract, "2025-05-01").status())
                .isEqualTo(Status.PASS);
    }

    @Test
    void contractWithoutContractorsFails() {
        Outcome outcome = evaluate(
                "PC-CONTRACTORS-PRESENCE",
                PublicCodes.builder().type(MaintenanceType.CONTRACT).build(),
                "2025-05-01");
        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.evidence()).containsEntry("contractors", 0).containsEntry("maintenanceType", "contract");
    }

    @Test
    void contractorsWithoutContractFail() {
        Outcome outcome = evaluate(
                "PC-CONTRACTORS-PRESENCE",
                PublicCodes.builder()
                        .type(MaintenanceType.COMMUNITY)
                        .contact("Jan", "Gemeente Utrecht")
                        .contractor("ACME", "2026-03-31")
                        .build(),
                "2025-05-01");
        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.locations()).extracting(l -> l.key()).contains("maintenance.contractors");
    }

    @Test
    void contactsRequiredForInternalAndCommunity() {
        assertThat(evaluate(
                                "PC-CONTACTS-PRESENCE",
                                PublicCodes.builder()
                                        .type(MaintenanceType.INTERNAL)
                                        .build(),
                                "2025-05-01")
                        .status())
                .isEqualTo(Status.FAIL);
        assertThat(evaluate(
                                "PC-CONTACTS-PRESENCE",
                                PublicCodes.builder()
                                        .type(MaintenanceType.INTERNAL)
                                        .contact("Jan", "Gemeente Utrecht")
                                        .build(),
                                "2025-05-01")
                        .status())
                .isEqualTo(Status.PASS);
        assertThat(evaluate(
                                "PC-CONTACTS-PRESENCE",
                                PublicCodes.builder().type(MaintenanceType.NONE).build(),
                                "2025-05-01")
                        .status())
                .isEqualTo(Status.NOT_APPLICABLE);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-31, 0, PASS", // the last day
        "2026-04-01, 0, FAIL", // the day after
        "2026-04-01, 1, PASS", // within one day of grace
        "2026-04-02, 1, FAIL"
    })
    void contractorExpiresTheDayAfterUntil(String date, String grace, Status expected) {
        PublicCode publicCode = PublicCodes.builder()
                .type(MaintenanceType.CONTRACT)
                .contractor("ACME", "2026-03-31")
                .build();
        Outcome outcome = only(
                run("PC-CONTRACTOR-EXPIRED", GOVERNANCE, Optional.of(publicCode), date, Map.of("graceDays", grace)));
        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(outcome.locations()).extracting(l -> l.key()).containsExactly("maintenance.contractors[0].until");
    }

    @Test
    void contractorsAreReportedByDateWhateverTheirOrder() {
        PublicCode publicCode = PublicCodes.builder()
                .type(MaintenanceType.CONTRACT)
                .contractor("Late", "2027-01-01")
                .contractor("Early", "2025-01-01")
                .build();
        var outcomes = run("PC-CONTRACTOR-EXPIRED", GOVERNANCE, Optional.of(publicCode), "2025-05-01");
        assertThat(statuses(outcomes)).containsExactly(Status.FAIL, Status.PASS);
        assertThat(outcomes.get(0).evidence())
                .containsEntry("contractor", "Early")
                .containsEntry("daysLeft", -120L);
        assertThat(outcomes.get(0).locations().get(0).key()).isEqualTo("maintenance.contractors[1].until");
    }

    @ParameterizedTest
    @CsvSource({
        "OBSOLETE, NONE, PASS",
        "STABLE, COMMUNITY, PASS",
        "OBSOLETE, COMMUNITY, FAIL",
        "STABLE, NONE, FAIL",
        "DEVELOPMENT, NONE, FAIL"
    })
    void obsoleteIffUnmaintained(DevelopmentStatus status, MaintenanceType type, Status expected) {
        PublicCode publicCode = PublicCodes.builder()
                .status(status)
                .type(type)
                .contact("Jan", "Gemeente Utrecht")
                .build();
        assertThat(evaluate("PC-STATUS-CONSISTENT", publicCode, "2025-05-01").status())
                .isEqualTo(expected);
    }
}
