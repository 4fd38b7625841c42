package eu.ospo.governance.internal.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Evidence values as short text: decimals in plain notation, lists in brackets, maps in braces.
 */
final class EvidenceText {

    private EvidenceText() {}

    /** {@code name=value, name=value} in the evidence's order; empty for no evidence. */
    static String of(Map<String, Object> evidence) {
        StringJoiner text = new StringJoiner(", ");
        evidence.forEach((name, value) -> text.add(name + "=" + value(value)));
        return text.toString();
    }

    static String value(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Collection<?> items) {
            StringJoiner text = new StringJoiner(", ", "[", "]");
            items.forEach(item -> text.add(value(item)));
            return text.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner text = new StringJoiner(", ", "{", "}");
            map.forEach((key, item) -> text.add(key + "=" + value(item)));
            return text.toString();
        }
        return String.valueOf(value);
    }
}
