package eu.ospo.governance.rules;

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
     * A whole-number parameter.
     *
     * @param name the name
     * @return the value
     * @throws IllegalArgumentException if absent or not a whole number
     */
    public int integer(String name) {
        try {
            return Integer.parseInt(text(name).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " is not a whole number: " + text(name), e);
        }
    }

    /**
     * A decimal parameter, exact.
     *
     * @param name the name
     * @return the value
     * @throws IllegalArgumentException if absent or not a number
     */
    public BigDecimal decimal(String name) {
        try {
            return new BigDecimal(text(name).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " is not a number: " + text(name), e);
        }
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
