package eu.ospo.governance.internal.read;

import eu.ospo.governance.internal.read.Fields.Presence;
import eu.ospo.governance.internal.read.Fields.Text;
import eu.ospo.yaml.internal.KeyPath;
import eu.ospo.yaml.internal.ProblemList.Position;
import eu.ospo.yaml.internal.YamlMapping;
import eu.ospo.yaml.internal.YamlNode;
import eu.ospo.yaml.internal.YamlScalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers in governance.yml: decimals read exactly as written (no double on the way) within a
 * plausible size, and whole numbers within {@code int} range, each with its lower bound.
 */
final class Numbers {

    /** Decimal notation only: no hexadecimal, octal, infinities or NaN. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,12}");

    /** Numbers beyond 15 digits before or after the point are not plausible and not accepted. */
    private static final int MAX_DIGITS = 15;

    /** Longer number texts are out of range without being converted (big conversions are slow). */
    private static final int MAX_NUMBER_LENGTH = 64;

    private Numbers() {}

    /** A number in decimal notation, kept exactly as written ({@code 0.80} keeps its scale). */
    private static Optional<Text> number(Fields fields, String name, Presence presence) {
        Optional<YamlMapping.Entry> entry = fields.entry(name, presence);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        YamlNode value = entry.get().value();
        KeyPath field = fields.path().field(name);
        if (value instanceof YamlScalar scalar
                && (scalar.type() == YamlScalar.Type.INT || scalar.type() == YamlScalar.Type.FLOAT)
                && DECIMAL.matcher(scalar.value()).matches()) {
            return Optional.of(
                    new Text(scalar.value(), field, Position.of(entry.get().key())));
        }
        fields.problems().wrongType(field, value, "a number");
        return Optional.empty();
    }

    /** A decimal number within a plausible size; {@code min} and {@code max} are checked by callers. */
    static Optional<BigDecimal> decimal(Fields fields, String name, Presence presence) {
        Optional<Text> text = number(fields, name, presence);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (text.get().value().length() > MAX_NUMBER_LENGTH) {
                throw new NumberFormatException("too long");
            }
            BigDecimal value = new BigDecimal(text.get().value());
            if (value.precision() - value.scale() <= MAX_DIGITS && value.scale() <= MAX_DIGITS) {
                return Optional.of(value);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // an exponent beyond int range: out of range below
        }
        fields.problems()
                .error(
                        Codes.RANGE,
                        text.get().path(),
                        text.get().at(),
                        name + " must have at most " + MAX_DIGITS + " digits before and after the decimal point",
                        "value",
                        text.get().value());
        return Optional.empty();
    }

    /** A decimal number of at least {@code min} (inclusive or not). */
    static Optional<BigDecimal> decimalAtLeast(
            Fields fields, String name, Presence presence, BigDecimal min, boolean inclusive) {
        Optional<BigDecimal> value = decimal(fields, name, presence);
        if (value.isPresent()) {
            int sign = value.get().compareTo(min);
            if (sign < 0 || (sign == 0 && !inclusive)) {
                fields.problems()
                        .error(
                                Codes.RANGE,
                                fields.path().field(name),
                                fields.keyPosition(name),
                                name + " must be " + (inclusive ? "at least " : "greater than ") + min.toPlainString(),
                                "value",
                                value.get().toString());
                return Optional.empty();
            }
        }
        return value;
    }

    /** A whole number, written without a decimal point, of at least {@code min}. */
    static Optional<Integer> integer(Fields fields, String name, Presence presence, int min) {
        Optional<YamlMapping.Entry> entry = fields.entry(name, presence);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        YamlNode value = entry.get().value();
        KeyPath field = fields.path().field(name);
        if (!(value instanceof YamlScalar scalar)
                || scalar.type() != YamlScalar.Type.INT
                || !DECIMAL.matcher(scalar.value()).matches()) {
            fields.problems().wrongType(field, value, "an integer");
            return Optional.empty();
        }
        boolean parsable = INTEGER.matcher(scalar.value()).matches();
        BigInteger number = parsable ? new BigInteger(scalar.value()) : BigInteger.ZERO;
        if (!parsable
                || number.compareTo(BigInteger.valueOf(min)) < 0
                || number.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            fields.problems()
                    .error(
                            Codes.RANGE,
                            field,
                            Position.of(entry.get().key()),
                            name + " must be between " + min + " and " + Integer.MAX_VALUE,
                            "value",
                            scalar.value());
            return Optional.empty();
        }
        return Optional.of(number.intValueExact());
    }
}
