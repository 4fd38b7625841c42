package eu.ospo.publiccode.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads one column of a bundled TSV file: one header row, tab-separated fields, no quoting (the
 * format described in PROVENANCE.md).
 */
final class TsvColumn {
    private TsvColumn() {}

    /** The values of {@code column} (0-based) in every data row, in file order. */
    static List<String> read(String resource, int column) {
        return read(resource, column, row -> true);
    }

    /** The values of {@code column} (0-based) in the data rows that pass {@code filter}. */
    static List<String> read(String resource, int column, Predicate<String[]> filter) {
        List<String> lines = BundledResource.lines(resource);
        List<String> values = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (column >= fields.length) {
                throw new IllegalStateException(resource + ": short row: " + line);
            }
            if (filter.test(fields)) {
                values.add(fields[column]);
            }
        }
        return values;
    }
}
