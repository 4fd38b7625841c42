package eu.ospo.publiccode.internal.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The precomputed form of a bundled registry: named tables that load with almost no work, written
 * at build time by {@link CompactRegistries} from the bundled text files (which stay the source of
 * truth, described in PROVENANCE.md).
 *
 * <p>The format is UTF-8 text with LF line ends: {@code #} comment lines at the top, then tables,
 * each a header line and its body:
 *
 * <ul>
 *   <li>{@code set NAME GROUPS}, then one line per key length: {@code LENGTH COUNT KEYS}, where
 *       KEYS is the COUNT keys of that length concatenated in ASCII order (a {@link KeySet}; the
 *       bytes are used where they lie);
 *   <li>{@code list NAME COUNT}, then COUNT lines, one item each, in order;
 *   <li>{@code map NAME COUNT}, then COUNT lines {@code KEY VALUE...}, separated by single spaces.
 * </ul>
 */
final class CompactTables {
    private final Map<String, KeySet> sets;
    private final Map<String, List<String>> lists;
    private final Map<String, Map<String, List<String>>> maps;

    private CompactTables(
            Map<String, KeySet> sets, Map<String, List<String>> lists, Map<String, Map<String, List<String>>> maps) {
        this.sets = sets;
        this.lists = lists;
        this.maps = maps;
    }

    /**
     * Reads the named file of this package.
     *
     * @throws IllegalStateException if it is missing or malformed (a broken build, not bad input)
     */
    static CompactTables load(String resource) {
        try (InputStream in = BundledResource.open(resource)) {
            return parse(in.readAllBytes(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + resource, e);
        }
    }

    /** Reads tables from their bytes; {@code origin} names them in error messages. */
    static CompactTables parse(byte[] bytes, String origin) {
        return new Reader(bytes, origin).read();
    }

    /** The set table of that name. */
    KeySet set(String name) {
        return required(sets.get(name), "set", name);
    }

    /** The list table of that name (immutable). */
    List<String> list(String name) {
        return required(lists.get(name), "list", name);
    }

    /** The map table of that name (immutable; values in their written order). */
    Map<String, List<String>> map(String name) {
        return required(maps.get(name), "map", name);
    }

    private static <T> T required(T table, String kind, String name) {
        if (table == null) {
            throw new IllegalStateException("compact tables: no " + kind + " named " + name);
        }
        return table;
    }

    /** Builds the bytes of a tables file. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private boolean tables;

        /** Adds a comment line; comments come before the first table. */
        Writer comment(String text) {
            if (tables) {
                throw new IllegalStateException("comments go before the first table");
            }
            line("# " + singleLine(text));
            return this;
        }

        Writer set(String name, KeySet set) {
            int maxLength = set.maxLength();
            int groups = 0;
            for (int n = 1; n <= maxLength; n++) {
                groups += set.count(n) > 0 ? 1 : 0;
            }
            header("set", name, groups);
            for (int n = 1; n <= maxLength; n++) {
                if (set.count(n) > 0) {
                    ascii(n + " " + set.count(n) + " ");
                    out.writeBytes(set.keysOfLength(n));
                    out.write('\n');
                }
            }
            return this;
        }

        Writer list(String name, List<String> items) {
            header("list", name, items.size());
            for (String item : items) {
                line(singleLine(item));
            }
            return this;
        }

        Writer map(String name, Map<String, List<String>> map) {
            header("map", name, map.size());
            for (Map.Entry<String, List<String>> entry : map.entrySet()) {
                StringBuilder line = new StringBuilder(word(entry.getKey()));
                for (String value : entry.getValue()) {
                    line.append(' ').append(word(value));
                }
                line(line.toString());
            }
            return this;
        }

        byte[] toBytes() {
            return out.toByteArray();
        }

        private void header(String kind, String name, int count) {
            tables = true;
            line(kind + " " + word(name) + " " + count);
        }

        private void line(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }

        private void ascii(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        }

        private static String singleLine(String text) {
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("line break in a table line: " + text);
            }
            return text;
        }

        private static String word(String text) {
            if (text.isEmpty() || text.indexOf(' ') >= 0) {
                throw new IllegalArgumentException("empty, or a space in a map word: '" + text + "'");
            }
            return singleLine(text);
        }
    }

    /** A cursor over the bytes, line by line; no regular expressions, no splitting. */
    private static final class Reader {
        private final byte[] bytes;
        private final String origin;
        private int pos;
        private final Map<String, KeySet> sets = new HashMap<>();
        private final Map<String, List<String>> lists = new HashMap<>();
        private final Map<String, Map<String, List<String>>> maps = new HashMap<>();

        Reader(byte[] bytes, String origin) {
            this.bytes = bytes;
            this.origin = origin;
        }

        CompactTables read() {
            while (pos < bytes.length && bytes[pos] == '#') {
                pos = lineEnd(pos) + 1;
            }
            while (pos < bytes.length) {
                String kind = word();
                String name = word();
                int count = number('\n');
                switch (kind) {
                    case "set":
                        sets.put(name, readSet(count));
                        break;
                    case "list":
                        lists.put(name, readList(count));
                        break;
                    case "map":
                        maps.put(name, readMap(count));
                        break;
                    default:
                        throw malformed("unknown table kind " + kind);
                }
            }
            return new CompactTables(Map.copyOf(sets), Map.copyOf(lists), Map.copyOf(maps));
        }

        private KeySet readSet(int groups) {
            int[] start = new int[KeySet.MAX_KEY_LENGTH + 1];
            int[] count = new int[KeySet.MAX_KEY_LENGTH + 1];
            for (int g = 0; g < groups; g++) {
                int length = number(' ');
                int keys = number(' ');
                if (length < 1 || length > KeySet.MAX_KEY_LENGTH || count[length] != 0) {
                    throw malformed("bad key length " + length);
                }
                int end = pos + length * keys;
                if (end >= bytes.length || bytes[end] != '\n') {
                    throw malformed("keys of length " + length + " do not fill their line");
                }
                start[length] = pos;
                count[length] = keys;
                pos = end + 1;
            }
            return new KeySet(bytes, start, count);
        }

        private List<String> readList(int items) {
            List<String> list = new ArrayList<>(items);
            for (int i = 0; i < items; i++) {
                list.add(restOfLine());
            }
            return List.copyOf(list);
        }

        private Map<String, List<String>> readMap(int entries) {
            Map<String, List<String>> map = new LinkedHashMap<>();
            for (int i = 0; i < entries; i++) {
                int end = lineEnd(pos);
                String key = null;
                List<String> values = new ArrayList<>(2);
                while (pos < end) {
                    int space = pos;
                    while (space < end && bytes[space] != ' ') {
                        space++;
                    }
                    String word = new String(bytes, pos, space - pos, StandardCharsets.UTF_8);
                    if (key == null) {
                        key = word;
                    } else {
                        values.add(word);
                    }
                    pos = space < end ? space + 1 : end;
                }
                if (key == null || key.isEmpty()) {
                    throw malformed("empty map line");
                }
                map.put(key, List.copyOf(values));
                pos = end + 1;
            }
            return Collections.unmodifiableMap(map);
        }

        private String word() {
            int space = pos;
            while (space < bytes.length && bytes[space] != ' ' && bytes[space] != '\n') {
                space++;
            }
            if (space >= bytes.length || bytes[space] != ' ') {
                throw malformed("expected a word and a space");
            }
            String word = new String(bytes, pos, space - pos, StandardCharsets.US_ASCII);
            pos = space + 1;
            return word;
        }

        private int number(char terminator) {
            int value = 0;
            int first = pos;
            while (pos < bytes.length && bytes[pos] >= '0' && bytes[pos] <= '9') {
                value = value * 10 + (bytes[pos] - '0');
                pos++;
                if (value > 100_000_000) {
                    throw malformed("number too large");
                }
            }
            if (pos == first || pos >= bytes.length || bytes[pos] != terminator) {
                throw malformed("expected a number");
            }
            pos++;
            return value;
        }

        private String restOfLine() {
            int end = lineEnd(pos);
            String line = new String(bytes, pos, end - pos, StandardCharsets.UTF_8);
            pos = end + 1;
            return line;
        }

        private int lineEnd(int from) {
            int end = from;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end >= bytes.length) {
                throw malformed("unterminated line");
            }
            return end;
        }

        private IllegalStateException malformed(String detail) {
            return new IllegalStateException(origin + ": malformed compact tables at byte " + pos + ": " + detail);
        }
    }
}
