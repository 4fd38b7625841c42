package eu.ospo.governance.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An item of a list in governance.yml or publiccode.yml with its 0-based position in that list, so
 * a rule can name its key path ({@code agreements[3]}) whatever order it reports in.
 *
 * @param <T> the item type
 * @param value the item
 * @param index its position in the file's list
 */
public record Indexed<T>(T value, int index) {

    /** Checks for null. */
    public Indexed {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The items of a list with their positions, sorted by a key; items with equal keys keep their
     * file order.
     *
     * @param <T> the item type
     * @param items the list, in file order
     * @param key the sort key, usually the id
     * @return the indexed items, sorted
     */
    public static <T> List<Indexed<T>> sortedBy(List<T> items, Function<T, String> key) {
        List<Indexed<T>> indexed = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            indexed.add(new Indexed<>(items.get(i), i));
        }
        indexed.sort(Comparator.comparing(item -> key.apply(item.value())));
        return List.copyOf(indexed);
    }
}
