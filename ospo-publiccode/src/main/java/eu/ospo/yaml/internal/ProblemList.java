package eu.ospo.yaml.internal;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one parse, with factory methods for the problems every format shares.
 * Messages follow the reference publiccode.yml validator's shapes; codes are listed in {@code
 * docs/problem-codes.md}.
 */
public final class ProblemList {

    /** A required key is missing, null or empty. */
    public static final String REQUIRED = "field.required";
    /** A key the format does not define. */
    public static final String UNKNOWN = "field.unknown";
    /** A value of the wrong kind. */
    public static final String WRONG_TYPE = "field.wrong-type";
    /** A list or mapping that must not be empty is empty. */
    public static final String EMPTY = "field.empty";
    /** A deprecated key is present. */
    public static final String DEPRECATED = "field.deprecated";
    /** A value outside an enumeration. */
    public static final String NOT_ALLOWED = "value.not-allowed";

    /** A 1-based position, or 0:0 when unknown. */
    /**
     * A 1-based position, or 0:0 when unknown.
     *
     * @param line the line
     * @param column the column
     */
    public record Position(int line, int column) {
        /** The unknown position, 0:0. */
        public static final Position UNKNOWN = new Position(0, 0);

        /**
         * The position of a node's first character.
         *
         * @param node the node
         * @return its position
         */
        public static Position of(YamlNode node) {
            return new Position(node.line(), node.column());
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, int[]> positions = new java.util.HashMap<>();
    private int errors;

    /**
     * Records where a key path was read (the first record wins).
     *
     * @param path the key path
     * @param at its position
     */
    public void located(KeyPath path, Position at) {
        positions.putIfAbsent(path.toString(), new int[] {at.line(), at.column()});
    }

    /**
     * The positions recorded so far, as a source map.
     *
     * @param file the file name to put in locations
     * @return the source map
     */
    public eu.ospo.problem.SourceMap sourceMap(String file) {
        return eu.ospo.problem.SourceMap.of(file, positions);
    }

    public List<Problem> all() {
        return problems;
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public void addAll(List<Problem> more) {
        more.forEach(this::add);
    }

    public void add(Problem problem) {
        problems.add(problem);
        if (problem.severity() == Severity.ERROR) {
            errors++;
        }
    }

    public void error(String code, KeyPath path, Position at, String message, String... arguments) {
        add(new Problem(code, Severity.ERROR, path.toString(), at.line(), at.column(), message, args(arguments)));
    }

    public void warning(String code, KeyPath path, Position at, String message, String... arguments) {
        add(new Problem(code, Severity.WARNING, path.toString(), at.line(), at.column(), message, args(arguments)));
    }

    private static Map<String, String> args(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    public void required(KeyPath path, Position at) {
        error(REQUIRED, path, at, path.fieldName() + " is a required field");
    }

    public void requiredList(KeyPath path, Position at) {
        error(REQUIRED, path, at, path.fieldName() + " must contain more than 0 items");
    }

    public void empty(KeyPath path, Position at) {
        error(EMPTY, path, at, path.fieldName() + " must contain more than 0 items");
    }

    public void wrongType(KeyPath path, YamlNode node, String expected) {
        error(
                WRONG_TYPE,
                path,
                Position.of(node),
                "wrong type for this field: expected " + expected + ", found " + node.kindName(),
                "expected",
                expected,
                "found",
                node.kindName());
    }

    public void unknown(KeyPath path, Position at) {
        error(UNKNOWN, path, at, "unknown field \"" + path.fieldName() + "\"", "name", path.fieldName());
    }

    public void deprecated(KeyPath path, Position at, String advice) {
        warning(DEPRECATED, path, at, "This key is DEPRECATED and will be removed in the future. " + advice);
    }

    public void notAllowed(KeyPath path, Position at, List<String> allowed) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < allowed.size(); i++) {
            if (i > 0) {
                list.append(i == allowed.size() - 1 ? " or " : ", ");
            }
            list.append('"').append(allowed.get(i)).append('"');
        }
        error(
                NOT_ALLOWED,
                path,
                at,
                path.fieldName() + " must be one of the following: " + list,
                "allowed",
                String.join(",", allowed));
    }
}
