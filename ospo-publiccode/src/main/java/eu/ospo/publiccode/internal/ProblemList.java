package eu.ospo.publiccode.internal;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.yaml.internal.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one parse. Messages follow the reference validator's shapes; codes are
 * listed in {@code docs/problem-codes.md}.
 */
final class ProblemList {

    /** A 1-based position, or 0:0 when unknown. */
    record Position(int line, int column) {
        static final Position UNKNOWN = new Position(0, 0);

        static Position of(YamlNode node) {
            return new Position(node.line(), node.column());
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private int errors;

    List<Problem> all() {
        return problems;
    }

    boolean hasErrors() {
        return errors > 0;
    }

    void addAll(List<Problem> more) {
        more.forEach(this::add);
    }

    void add(Problem problem) {
        problems.add(problem);
        if (problem.severity() == Severity.ERROR) {
            errors++;
        }
    }

    void error(String code, KeyPath path, Position at, String message, String... arguments) {
        add(new Problem(code, Severity.ERROR, path.toString(), at.line(), at.column(), message, args(arguments)));
    }

    void warning(String code, KeyPath path, Position at, String message, String... arguments) {
        add(new Problem(code, Severity.WARNING, path.toString(), at.line(), at.column(), message, args(arguments)));
    }

    private static Map<String, String> args(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    void required(KeyPath path, Position at) {
        error(Codes.REQUIRED, path, at, path.fieldName() + " is a required field");
    }

    void requiredList(KeyPath path, Position at) {
        error(Codes.REQUIRED, path, at, path.fieldName() + " must contain more than 0 items");
    }

    void empty(KeyPath path, Position at) {
        error(Codes.EMPTY, path, at, path.fieldName() + " must contain more than 0 items");
    }

    void wrongType(KeyPath path, YamlNode node, String expected) {
        error(
                Codes.WRONG_TYPE,
                path,
                Position.of(node),
                "wrong type for this field: expected " + expected + ", found " + node.kindName(),
                "expected",
                expected,
                "found",
                node.kindName());
    }

    void unknown(KeyPath path, Position at) {
        error(Codes.UNKNOWN, path, at, "unknown field \"" + path.fieldName() + "\"", "name", path.fieldName());
    }

    void deprecated(KeyPath path, Position at, String advice) {
        warning(Codes.DEPRECATED, path, at, "This key is DEPRECATED and will be removed in the future. " + advice);
    }

    void notAllowed(KeyPath path, Position at, List<String> allowed) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < allowed.size(); i++) {
            if (i > 0) {
                list.append(i == allowed.size() - 1 ? " or " : ", ");
            }
            list.append('"').append(allowed.get(i)).append('"');
        }
        error(
                Codes.NOT_ALLOWED,
                path,
                at,
                path.fieldName() + " must be one of the following: " + list,
                "allowed",
                String.join(",", allowed));
    }
}
