package eu.ospo.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * How many hours one full-time equivalent (FTE) works in a year, for example 1 600. Commitments
 * given in FTE are turned into hours with it, and totals in hours back into FTE.
 *
 * @param hoursPerYear the hours of one FTE-year; positive
 */
public record FteBasis(BigDecimal hoursPerYear) {

    /** The precision of {@link #toFte(BigDecimal)}: 34 significant digits, rounding half-even. */
    public static final MathContext FTE_PRECISION = MathContext.DECIMAL128;

    /**
     * Checks the basis.
     *
     * @throws IllegalArgumentException if {@code hoursPerYear} is not positive
     */
    public FteBasis {
        Objects.requireNonNull(hoursPerYear, "hoursPerYear");
        if (hoursPerYear.signum() <= 0) {
            throw new IllegalArgumentException("hoursPerYear must be positive, got " + hoursPerYear);
        }
    }

    /**
     * A basis of a whole number of hours per year.
     *
     * @param hoursPerYear for example 1600
     * @return the basis
     * @throws IllegalArgumentException if not positive
     */
    public static FteBasis ofHoursPerYear(long hoursPerYear) {
        return new FteBasis(BigDecimal.valueOf(hoursPerYear));
    }

    /**
     * Hours per year of an amount of FTE: {@code fte × hoursPerYear}, exact.
     *
     * @param fte full-time equivalents
     * @return hours per year
     */
    public BigDecimal toHours(BigDecimal fte) {
        return fte.multiply(hoursPerYear);
    }

    /**
     * FTE of an amount of hours per year: {@code hours / hoursPerYear}, rounded to {@link
     * #FTE_PRECISION} (exact whenever the quotient has at most 34 significant digits).
     *
     * @param hoursPerYear hours per year
     * @return full-time equivalents
     */
    public BigDecimal toFte(BigDecimal hoursPerYear) {
        return hoursPerYear.divide(this.hoursPerYear, FTE_PRECISION);
    }
}
