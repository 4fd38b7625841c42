package eu.ospo.governance.internal.rules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter of a rule: its name, default value (as text), what values it accepts and what it
 * means.
 *
 * @param name the name used in rulesets
 * @param defaultValue the default, as text
 * @param kind the values accepted
 * @param description what the parameter controls, one phrase
 */
public record ParameterSpec(String name, String defaultValue, Kind kind, String description) {

    /** The kinds of values a parameter accepts. */
    public enum Kind {
        /** A whole number of at least 0. */
        WHOLE("a whole number of at least 0"),
        /** A whole number of at least 1. */
        POSITIVE_WHOLE("a whole number of at least 1"),
        /** A decimal number greater than 0 and at most 1. */
        FRACTION("a number greater than 0 and at most 1"),
        /** A decimal number greater than 0. */
        POSITIVE_DECIMAL("a number greater than 0"),
        /** A decimal number from 0 to 100. */
        PERCENTAGE("a number from 0 to 100"),
        /** {@code true} or {@code false}. */
        BOOLEAN("true or false"),
        /** A publiccode.yml development status short of obsolete: concept, development, beta or stable. */
        DEVELOPMENT_STATUS("one of concept, development, beta, stable");

        private final String expectation;

        Kind(String expectation) {
            this.expectation = expectation;
        }

        /**
         * What is wrong with a value of this kind.
         *
         * @param value the text
         * @return an explanation, or empty if acceptable
         */
        public Optional<String> defect(String value) {
            boolean ok = switch (this) {
                case BOOLEAN -> value.trim().equals("true") || value.trim().equals("false");
                case DEVELOPMENT_STATUS -> Maturity.parse(value).isPresent();
                case WHOLE -> ParameterNumbers.whole(value).orElse(-1) >= 0;
                case POSITIVE_WHOLE -> ParameterNumbers.whole(value).orElse(0) > 0;
                case FRACTION ->
                    ParameterNumbers.decimal(value)
                            .filter(n -> n.signum() > 0 && n.compareTo(BigDecimal.ONE) <= 0)
                            .isPresent();
                case POSITIVE_DECIMAL ->
                    ParameterNumbers.decimal(value).filter(n -> n.signum() > 0).isPresent();
                case PERCENTAGE ->
                    ParameterNumbers.decimal(value)
                            .filter(n -> n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(100)) <= 0)
                            .isPresent();
            };
            return ok ? Optional.empty() : Optional.of("must be " + expectation);
        }

        /**
         * The expectation in words, for documentation.
         *
         * @return for example {@code a whole number of at least 1}
         */
        public String expectation() {
            return expectation;
        }
    }

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the default value is not of the kind
     */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        if (kind.defect(defaultValue).isPresent()) {
            throw new IllegalArgumentException("default of " + name + " is not " + kind.expectation());
        }
    }

    /**
     * A parameter.
     *
     * @param name the name
     * @param defaultValue the default
     * @param kind the values accepted
     * @param description what it controls
     * @return the spec
     */
    public static ParameterSpec of(String name, String defaultValue, Kind kind, String description) {
        return new ParameterSpec(name, defaultValue, kind, description);
    }

    /** The FTE basis shared by the rules that add up commitments: 1 600 hours per FTE-year. */
    public static final ParameterSpec FTE_BASIS =
            of("fteBasis", "1600", Kind.POSITIVE_DECIMAL, "hours of one full-time equivalent per year");
}
