package eu.ospo.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommitmentTest {

    private static final FteBasis BASIS = FteBasis.ofHoursPerYear(1600);

    @Test
    void normalisesToHoursPerYear() {
        assertThat(Commitment.ofFte(new BigDecimal("0.8")).hoursPerYear(BASIS)).isEqualByComparingTo("1280");
        assertThat(Commitment.ofHours(new BigDecimal("40"), Per.MONTH).hoursPerYear(BASIS))
                .isEqualByComparingTo("480");
        assertThat(Commitment.ofHours(new BigDecimal("10"), Per.WEEK).hoursPerYear(BASIS))
                .isEqualByComparingTo("520");
        assertThat(Commitment.ofHours(new BigDecimal("100"), Per.QUARTER).hoursPerYear(BASIS))
                .isEqualByComparingTo("400");
        assertThat(Commitment.ofHours(new BigDecimal("7.5"), Per.YEAR).hoursPerYear(BASIS))
                .isEqualByComparingTo("7.5");
    }

    @Test
    void theFteBasisIsConfigurable() {
        assertThat(Commitment.ofFte(BigDecimal.ONE).hoursPerYear(FteBasis.ofHoursPerYear(1720)))
                .isEqualByComparingTo("1720");
        assertThat(Commitment.ofFte(new BigDecimal("0.1")).hoursPerYear(new FteBasis(new BigDecimal("1607.5"))))
                .isEqualByComparingTo("160.75");
    }

    @Test
    void convertsBetweenHoursAndFteExactly() {
        assertThat(BASIS.toFte(new BigDecimal("1760"))).isEqualByComparingTo("1.1");
        assertThat(BASIS.toFte(new BigDecimal("480"))).isEqualByComparingTo("0.3");
        assertThat(BASIS.toHours(BASIS.toFte(new BigDecimal("1234.5")))).isEqualByComparingTo("1234.5");
        assertThat(FteBasis.ofHoursPerYear(3).toFte(BigDecimal.ONE).precision()).isEqualTo(34);
    }

    @Test
    void rejectsMisuse() {
        assertThatThrownBy(() -> FteBasis.ofHoursPerYear(0)).isInstanceOf(IllegalArgumentException.class);
        Commitment noPer = new Commitment(BigDecimal.TEN, CommitmentUnit.HOURS, Optional.empty());
        assertThatThrownBy(() -> noPer.hoursPerYear(BASIS)).isInstanceOf(IllegalStateException.class);
    }
}
