package eu.ospo.governance.internal.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one reading of a rule parameter's text as a number, used both where a ruleset is checked
 * ({@link ParameterSpec.Kind#defect}) and where a rule reads its parameters ({@link
 * eu.ospo.governance.rules.RuleParameters}), so a value the check accepts is a value the evaluation
 * can use.
 *
 * <p>A number is written in decimal, with an optional sign, fraction and exponent, as YAML writes
 * numbers ({@code 2}, {@code 2.0}, {@code 0.5}, {@code 1e3}, {@code "1600"}); its magnitude is below
 * 10<sup>{@value #MAX_INTEGER_DIGITS}</sup> and it has at most {@value #MAX_DECIMALS} decimals
 * (trailing zeros aside), so no value makes a rule's arithmetic or a report's text grow. A whole
 * number is a number without a fractional part ({@code 2.0} and {@code 1e3} are whole) that fits an
 * {@code int}.
 */
public final class ParameterNumbers {

    /** Most digits before the decimal point: values are below 10^12. */
    public static final int MAX_INTEGER_DIGITS = 12;

    /** Most digits after the decimal point, trailing zeros aside. */
    public static final int MAX_DECIMALS = 12;

    /** Longer texts are not numbers within the bounds (and are not parsed at all). */
    private static final int MAX_LENGTH = 64;

    private ParameterNumbers() {}

    /**
     * A parameter's text as a number.
     *
     * @param text the text
     * @return the number, without trailing zeros and with a scale of at least 0, or empty when the
     *     text is not a number within the bounds
     */
    public static Optional<BigDecimal> decimal(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        BigDecimal number;
        try {
            number = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (number.signum() == 0) {
            return Optional.of(BigDecimal.ZERO);
        }
        BigDecimal stripped = number.stripTrailingZeros(); // bounded: at most MAX_LENGTH digits
        // in long: with an exponent near Integer.MAX_VALUE (1E2147483647) the scale is near
        // Integer.MIN_VALUE, and precision - scale would overflow an int and pass
        if (stripped.scale() > MAX_DECIMALS || (long) stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    /**
     * A parameter's text as a whole number.
     *
     * @param text the text
     * @return the number, or empty when the text is not a number within the bounds, has a fractional
     *     part or does not fit an {@code int}
     */
    public static OptionalInt whole(String text) {
        Optional<BigDecimal> number = decimal(text);
        if (number.isEmpty() || number.get().scale() > 0) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(number.get().intValueExact());
        } catch (ArithmeticException e) {
            return OptionalInt.empty();
        }
    }
}
