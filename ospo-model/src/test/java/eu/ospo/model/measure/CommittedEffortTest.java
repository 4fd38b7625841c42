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

/** The expected evaluation of the research note's example (FTE basis 1 600 h/yr). */
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
}
