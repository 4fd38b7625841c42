package eu.ospo.governance.rules;

import eu.ospo.governance.internal.rules.ParameterNumbers;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's effective parameters as text, with typed accessors. Immutable.
 *
 * @param values parameter name to value
 */
public record RuleParameters(Map<String, String> values) {

    /** Copies the map, keeping its order. */
    public RuleParameters {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The text of a parameter.
     *
     * @param name the name
     * @return the value
     * @throws IllegalArgumentException if the rule has no such parameter
     */
    public String text(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter named " + name + "; known: " + values.keySet());
        }
        return value;
    }

    /**
     * A whole-number parameter, read as the ruleset check reads it: a number without a fractional
     * part ({@code 2}, {@code 2.0} and {@code 1e3} are whole) that fits an {@code int}.
     *
     * @param name the name
     * @return the value
     * @throws IllegalArgumentException if absent or not a whole number
     */
    public int integer(String name) {
        String text = text(name);
        return ParameterNumbers.whole(text)
                .orElseThrow(
                        () -> new IllegalArgumentException("parameter " + name + " is not a whole number: " + text));
    }

    /**
     * A decimal parameter, exact, read as the ruleset check reads it: decimal notation with an
     * optional sign, fraction and exponent, below 10^12 in magnitude, with at most 12 decimals.
     *
     * @param name the name
     * @return the value
     * @throws IllegalArgumentException if absent or not such a number
     */
    public BigDecimal decimal(String name) {
        String text = text(name);
        return ParameterNumbers.decimal(text)
                .orElseThrow(() -> new IllegalArgumentException("parameter " + name + " is not a number: " + text));
    }

    /**
     * A comma-separated list parameter.
     *
     * @param name the name
     * @return the items, trimmed, empty ones left out
     */
    public List<String> list(String name) {
        return java.util.Arrays.stream(text(name).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
