package eu.ospo.governance.internal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Weights of organisations or people as evidence: largest first, each with its share. */
final class Shares {

    private Shares() {}

    /**
     * The weights as a list of {name, hoursPerYear, sharePercent}, largest first (ties by name).
     *
     * @param nameKey the key of the name ({@code organisation}, {@code contact})
     * @param weights the weights, exact
     * @param shown the weights to show (equal to {@code weights}, or rounded for display)
     * @param total the total of {@code weights}
     * @return the list
     */
    static List<Map<String, Object>> describe(
            String nameKey, Map<String, BigDecimal> weights, Map<String, BigDecimal> shown, BigDecimal total) {
        List<Map.Entry<String, BigDecimal>> entries = new ArrayList<>(weights.entrySet());
        entries.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Map<String, Object>> list = new ArrayList<>(entries.size());
        for (Map.Entry<String, BigDecimal> entry : entries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put(nameKey, entry.getKey());
            item.put("hoursPerYear", Numbers.normal(shown.get(entry.getKey())));
            item.put("sharePercent", Numbers.percent(entry.getValue(), total));
            list.add(item);
        }
        return list;
    }

    /**
     * The names of the largest weights that together reach the threshold: the first {@code factor}
     * entries of {@link #describe}, as "name 72.7%".
     *
     * @param described the described weights
     * @param nameKey the name key
     * @param factor how many
     * @return the phrases
     */
    static String top(List<Map<String, Object>> described, String nameKey, int factor) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(factor, described.size()); i++) {
            parts.add(described.get(i).get(nameKey) + " "
                    + ((BigDecimal) described.get(i).get("sharePercent")).toPlainString() + "%");
        }
        return String.join(", ", parts);
    }
}
