package eu.ospo.problem;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * The positions of the keys of one parsed file, by key path ({@code maintenance.contractors[0].until}).
 * A key's position is that of its key token; a list item's is that of the item. Immutable.
 */
public final class SourceMap {

    private static final SourceMap EMPTY = new SourceMap("", Map.of());

    private final String file;
    private final Map<String, int[]> positions;

    private SourceMap(String file, Map<String, int[]> positions) {
        this.file = file;
        this.positions = positions;
    }

    /**
     * A source map that knows no positions (for models built in code).
     *
     * @return the empty map
     */
    public static SourceMap empty() {
        return EMPTY;
    }

    /**
     * A source map over positions recorded while parsing.
     *
     * @param file the file name to put in locations
     * @param positions key path to {line, column} (taken over, not copied: do not change it afterwards)
     * @return the source map
     */
    public static SourceMap of(String file, Map<String, int[]> positions) {
        // as documented, taken over: a copy cost about 1.5% of a run over the corpus
        return new SourceMap(file, Collections.unmodifiableMap(positions));
    }

    /**
     * The file name used in locations.
     *
     * @return the file name
     */
    public String file() {
        return file;
    }

    /**
     * A copy of this map that names another file (the positions stay).
     *
     * @param name the file name
     * @return the renamed map
     */
    public SourceMap named(String name) {
        return new SourceMap(name, positions);
    }

    /**
     * The location of a key path, falling back to the nearest enclosing key that has a position, and to
     * 0:0 when none has.
     *
     * @param key the key path
     * @return its location, with the key as asked
     */
    public Location locate(String key) {
        String probe = key;
        while (true) {
            int[] position = positions.get(probe);
            if (position != null) {
                return new Location(file, key, position[0], position[1]);
            }
            int cut = Math.max(probe.lastIndexOf('.'), probe.lastIndexOf('['));
            if (cut <= 0) {
                return new Location(file, key, 0, 0);
            }
            probe = probe.substring(0, cut);
        }
    }

    /**
     * The exact position of a key path, without fallback.
     *
     * @param key the key path
     * @return the location, or empty when the key was not in the file
     */
    public Optional<Location> find(String key) {
        int[] position = positions.get(key);
        return position == null ? Optional.empty() : Optional.of(new Location(file, key, position[0], position[1]));
    }
}
