package eu.ospo.governance.files;

import java.util.List;
import java.util.Objects;

/**
 * A {@code MAINTAINERS} file, read best effort from the common shapes.
 *
 * @param shape the shape recognised
 * @param people the people listed, in file order
 */
public record Maintainers(Shape shape, List<Maintainer> people) {

    /** The shapes of MAINTAINERS files. */
    public enum Shape {
        /** A Markdown table with a header row naming the columns (name, handle, e-mail, affiliation). */
        TABLE,
        /** A bullet list, for example {@code - Name (@handle), Affiliation}. */
        LIST,
        /** Linux-kernel style blocks of tagged lines: {@code M: Name <email>}, {@code R:}, ... */
        TAGGED,
        /** Plain lines such as {@code Name <email> (@handle)}. */
        LINES,
        /** Nothing recognisable. */
        UNKNOWN
    }

    /** Checks and copies. */
    public Maintainers {
        Objects.requireNonNull(shape, "shape");
        people = List.copyOf(people);
    }

    /**
     * The people not listed as emeritus.
     *
     * @return the active people
     */
    public List<Maintainer> active() {
        return people.stream().filter(p -> !p.emeritus()).toList();
    }
}
