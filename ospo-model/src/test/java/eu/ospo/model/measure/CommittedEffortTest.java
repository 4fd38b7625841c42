package eu.ospo.model.measure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.Example;
import eu.ospo.model.FteBasis;
import eu.ospo.model.MaintainerAgreement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expected evaluation of the worked example of docs/governance-yml.md (FTE basis 1 600 h/yr). */
class CommittedEffortTest {

    private static final FteBasis BASIS = FteBasis.ofHoursPerYear(1600);
    private static final List<MaintainerAgreement> AGREEMENTS =
            List.of(Example.utrechtAgreement(), Example.romaAgreement());

    @Test
    void countsActiveAgreementsPerProviderNotContractor() {
        Map<String, BigDecimal> effort = CommittedEffort.byProvider(AGREEMENTS, LocalDate.parse("2025-05-01"), BASIS);
        assertThat(effort).containsOnlyKeys("roma", "utrecht");
        assertThat(effort.get("utrecht")).isEqualByComparingTo("1280");
        assertThat(effort.get("roma")).isEqualByComparingTo("480");
        BigDecimal total = CommittedEffort.total(AGREEMENTS, LocalDate.parse("2025-05-01"), BASIS);
        assertThat(total).isEqualByComparingTo("1760");
        // AGR-MIN-CAPACITY for high criticality: 1.1 FTE >= 0.8 FTE
        assertThat(BASIS.toFte(total)).isEqualByComparingTo("1.1");
        // DIV-ELEPHANT fails: utrecht holds 72.7 % -> EF = 1
        assertThat(Concentration.elephantFactor(effort, Concentration.HALF)).isEqualTo(1);
    }

    @Test
    void beforeRomaStartsOnlyUtrechtCounts() {
        Map<String, BigDecimal> effort = CommittedEffort.byProvider(AGREEMENTS, LocalDate.parse("2025-03-01"), BASIS);
        assertThat(effort).containsOnlyKeys("utrecht");
    }

    @Test
    void totalsOfDisjointSetsAdd() {
        LocalDate day = LocalDate.parse("2025-05-01");
        BigDecimal whole = CommittedEffort.total(AGREEMENTS, day, BASIS);
        BigDecimal parts = CommittedEffort.total(List.of(Example.utrechtAgreement()), day, BASIS)
                .add(CommittedEffort.total(List.of(Example.romaAgreement()), day, BASIS));
        assertThat(whole).isEqualByComparingTo(parts);
    }

    @Test
    void maintainersShareTheirAgreementsHoursEqually() {
        LocalDate day = LocalDate.parse("2025-05-01");
        List<MaintainerAgreement> agreements = List.of(
                maintainedBy(Example.utrechtAgreement(), "ann", "bob"), // 1280 h/yr
                maintainedBy(Example.romaAgreement(), "bob", "bob", "cy", "dee")); // 480 h/yr, bob once
        Map<String, BigDecimal> hours = CommittedEffort.byMaintainer(agreements, day, BASIS);
        assertThat(hours).containsOnlyKeys("ann", "bob", "cy", "dee");
        assertThat(hours.get("ann")).isEqualByComparingTo("640");
        assertThat(hours.get("bob")).isEqualByComparingTo("800");
        assertThat(hours.get("cy")).isEqualByComparingTo("160");
        assertThat(hours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(CommittedEffort.total(agreements, day, BASIS));
        assertThat(CommittedEffort.unassigned(agreements, day, BASIS)).isZero();
    }

    @Test
    void agreementsWithoutMaintainersOrNotActiveCountForNobody() {
        List<MaintainerAgreement> agreements =
                List.of(maintainedBy(Example.utrechtAgreement()), maintainedBy(Example.romaAgreement(), "cy"));
        LocalDate beforeRoma = LocalDate.parse("2025-03-01");
        assertThat(CommittedEffort.byMaintainer(agreements, beforeRoma, BASIS)).isEmpty();
        assertThat(CommittedEffort.unassigned(agreements, beforeRoma, BASIS)).isEqualByComparingTo("1280");
    }

    @Test
    void aPartThatDoesNotTerminateIsRoundedTo34Digits() {
        MaintainerAgreement third =
                maintainedBy(Agreements.signed("p", "x", "2025-01-01", "2025-12-31", "0.0625"), "a", "b", "c");
        BigDecimal each = CommittedEffort.byMaintainer(List.of(third), LocalDate.parse("2025-06-01"), BASIS)
                .get("a");
        assertThat(each.precision()).isEqualTo(34);
        assertThat(each).isEqualByComparingTo("33.33333333333333333333333333333333");
    }

    private static MaintainerAgreement maintainedBy(MaintainerAgreement a, String... maintainers) {
        return new MaintainerAgreement(
                a.id(),
                a.kind(),
                a.project(),
                a.provider(),
                a.contractor(),
                a.beneficiary(),
                a.commitment(),
                a.start(),
                a.end(),
                a.renewal(),
                a.noticePeriodDays(),
                a.responsibilities(),
                a.serviceLevels(),
                List.of(maintainers),
                a.status(),
                a.document());
    }
}
