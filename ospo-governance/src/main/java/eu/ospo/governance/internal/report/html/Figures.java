package eu.ospo.governance.internal.report.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers as the dashboard shows them: rounded for reading (the rules compare exact values). */
final class Figures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Figures() {}

    /** Hours, whole: {@code 1280}. */
    static String hours(BigDecimal hours) {
        return hours.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** A number with at most one decimal and no trailing zero: {@code 10}, {@code 10.9}. */
    static String oneDecimal(BigDecimal value) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    /** FTE with at most two decimals: {@code 0.4}, {@code 1.25}. */
    static String fte(BigDecimal fte) {
        BigDecimal rounded = fte.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    /** {@code part / whole} as a fraction (0 when the whole is 0). */
    static double fraction(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0
                ? 0
                : part.divide(whole, MathContext.DECIMAL64).doubleValue();
    }

    /** {@code 100 × part / whole} with one decimal, for labels: {@code 43.2}. */
    static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "0";
        }
        return oneDecimal(part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64));
    }

    /** {@code 1 day}, {@code 61 days}. */
    static String days(long days) {
        return days + (days == 1 ? " day" : " days");
    }

    /** {@code 1 finding}, {@code 3 findings}: a count and a noun, plural with an s. */
    static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
