package eu.ospo.governance.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the evidence of an outcome in insertion order: the values a verdict was computed from.
 * Decimals are {@linkplain Numbers#normal normalised} (exact, without trailing zeros), dates become
 * ISO text, lists and maps are copied.
 */
public final class Evidence {

    private final Map<String, Object> values = new LinkedHashMap<>();

    private Evidence() {}

    /**
     * An empty evidence map.
     *
     * @return the builder
     */
    public static Evidence of() {
        return new Evidence();
    }

    /**
     * Adds a value.
     *
     * @param name the name
     * @param value a String, Number, Boolean, LocalDate, or a list or map of those
     * @return this builder
     */
    public Evidence with(String name, Object value) {
        values.put(name, normal(value));
        return this;
    }

    /**
     * An ordered map of name-value pairs, for nested evidence.
     *
     * @param pairs names and values, alternating
     * @return the map, in the order given
     */
    public static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(String.valueOf(pairs[i]), normal(pairs[i + 1]));
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The values.
     *
     * @return an unmodifiable copy in insertion order
     */
    public Map<String, Object> map() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private static Object normal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return Numbers.normal(decimal);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Evidence::normal).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), normal(v)));
            return Collections.unmodifiableMap(copy);
        }
        return value;
    }
}
