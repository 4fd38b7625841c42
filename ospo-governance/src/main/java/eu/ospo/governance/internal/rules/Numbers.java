package eu.ospo.governance.internal.rules;

import eu.ospo.model.FteBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact numbers for evidence and their display in messages. */
public final class Numbers {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {}

    /**
     * The same value without trailing zeros and never in exponent form ({@code 1280.0} becomes
     * {@code 1280}, {@code 1.6E+3} becomes {@code 1600}).
     *
     * @param value the value
     * @return an equal value with the smallest non-negative scale
     */
    public static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * The value as plain text without trailing zeros.
     *
     * @param value the value
     * @return for example {@code 1280} or {@code 0.8}
     */
    public static String text(BigDecimal value) {
        return normal(value).toPlainString();
    }

    /**
     * A share as a percentage rounded half up to one decimal place, for messages and evidence
     * (verdicts never use it: they compare exact values).
     *
     * @param part the part
     * @param whole the whole, positive
     * @return {@code 100 × part / whole}, for example {@code 72.7}
     */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /**
     * Hours per year in FTE, without trailing zeros ({@code 1760 / 1600 = 1.1}).
     *
     * @param hours hours per year
     * @param basis the FTE basis
     * @return the FTE
     */
    public static BigDecimal fte(BigDecimal hours, FteBasis basis) {
        return normal(basis.toFte(hours));
    }

    /**
     * The FTE basis named by a parameter value.
     *
     * @param hoursPerYear the parameter's value, a positive number
     * @return the basis
     */
    public static FteBasis basis(BigDecimal hoursPerYear) {
        return new FteBasis(hoursPerYear);
    }
}
