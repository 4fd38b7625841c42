package eu.ospo.model;

import eu.ospo.model.validation.WellFormedCommitment;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The effort an agreement commits ({@code agreements[].commitment}): {@code {amount: 0.8, unit:
 * fte}} or {@code {amount: 40, unit: hours, per: month}}.
 *
 * @param amount how much; positive
 * @param unit full-time equivalents or hours
 * @param per the period the hours are counted over; present exactly when {@code unit} is hours
 */
@WellFormedCommitment
public record Commitment(@Positive BigDecimal amount, CommitmentUnit unit, Optional<Per> per) {

    /** Checks for nulls. */
    public Commitment {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(per, "per");
    }

    /**
     * A commitment in full-time equivalents.
     *
     * @param fte the amount, for example {@code 0.8}
     * @return the commitment
     */
    public static Commitment ofFte(BigDecimal fte) {
        return new Commitment(fte, CommitmentUnit.FTE, Optional.empty());
    }

    /**
     * A commitment in hours per period.
     *
     * @param hours the amount
     * @param per the period
     * @return the commitment
     */
    public static Commitment ofHours(BigDecimal hours, Per per) {
        return new Commitment(hours, CommitmentUnit.HOURS, Optional.of(per));
    }

    /**
     * The commitment normalised to hours per year, exactly: {@code amount × basis.hoursPerYear} for
     * FTE, {@code amount × per.perYear()} for hours (52 weeks, 12 months, 4 quarters to a year).
     *
     * @param basis the hours of one FTE-year
     * @return hours per year
     * @throws IllegalStateException if the unit is hours but {@code per} is absent (a commitment
     *     {@link WellFormedCommitment} rejects)
     */
    public BigDecimal hoursPerYear(FteBasis basis) {
        return switch (unit) {
            case FTE -> basis.toHours(amount);
            case HOURS ->
                amount.multiply(BigDecimal.valueOf(
                        per.orElseThrow(() -> new IllegalStateException("a commitment in hours needs per"))
                                .perYear()));
        };
    }
}
