package eu.ospo.yaml.internal;

import eu.ospo.problem.EchoedValue;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.yaml.YamlLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one parse, with factory methods for the problems every format shares.
 * Messages follow the reference publiccode.yml validator's shapes; codes are listed in {@code
 * docs/problem-codes.md}.
 *
 * <p>Bounded: it keeps at most {@link YamlLimits#maxProblems()} problems (1,000 by default); the
 * rest are counted by severity, and {@link #all()} ends with one {@value #TRUNCATED} problem that
 * says how many were left out, with the highest severity among them (so the verdict is the same as
 * with every problem kept). Messages repeat file values through {@link EchoedValue} (at most 200
 * characters each); as a last guard, a message or key longer than {@value #MAX_TEXT} characters is
 * shortened when it is added.
 */
public final class ProblemList {

    /** Problem code: more problems than the limit; the rest were left out. */
    public static final String TRUNCATED = "problems.truncated";

    /** The longest message or key kept in a problem, in characters. */
    public static final int MAX_TEXT = 4_000;

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
    private final int maxProblems;
    private int errors;
    private final java.util.Set<String> errorCodes = new java.util.HashSet<>();
    private int omittedErrors;
    private int omittedWarnings;
    private int omittedInfos;

    /** A list that keeps at most {@link YamlLimits#DEFAULT_MAX_PROBLEMS} problems. */
    public ProblemList() {
        this(YamlLimits.DEFAULT_MAX_PROBLEMS);
    }

    /**
     * A list that keeps at most the limits' {@link YamlLimits#maxProblems()} problems.
     *
     * @param limits the limits of the parse
     */
    public ProblemList(YamlLimits limits) {
        this(limits.maxProblems());
    }

    private ProblemList(int maxProblems) {
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be at least 1, got " + maxProblems);
        }
        this.maxProblems = maxProblems;
    }

    /**
     * A value from the file, as a message repeats it: at most {@value EchoedValue#MAX_LENGTH}
     * characters, then an ellipsis.
     *
     * @param value the value
     * @return the value to put in a message
     */
    public static String echo(String value) {
        return EchoedValue.of(value);
    }

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
     * The positions recorded, as a source map, which takes them over: call it once, when reading is
     * done (nothing is {@linkplain #located located} after).
     *
     * @param file the file name to put in locations
     * @return the source map
     */
    public eu.ospo.problem.SourceMap sourceMap(String file) {
        return eu.ospo.problem.SourceMap.of(file, positions);
    }

    /**
     * The problems kept, in the order added, followed by one {@value #TRUNCATED} problem when some
     * were left out.
     *
     * @return an unmodifiable list
     */
    public List<Problem> all() {
        int omitted = omitted();
        if (omitted == 0) {
            return List.copyOf(problems);
        }
        List<Problem> all = new ArrayList<>(problems.size() + 1);
        all.addAll(problems);
        Severity severity = omittedErrors > 0 ? Severity.ERROR : omittedWarnings > 0 ? Severity.WARNING : Severity.INFO;
        all.add(new Problem(
                TRUNCATED,
                severity,
                "",
                0,
                0,
                omitted + " more " + (omitted == 1 ? "problem was" : "problems were") + " left out ("
                        + omittedErrors + " errors, " + omittedWarnings + " warnings, " + omittedInfos
                        + " info): at most " + maxProblems + " problems are reported per file",
                args(
                        "omitted", Integer.toString(omitted),
                        "errors", Integer.toString(omittedErrors),
                        "warnings", Integer.toString(omittedWarnings),
                        "infos", Integer.toString(omittedInfos),
                        "limit", Integer.toString(maxProblems))));
        return List.copyOf(all);
    }

    /**
     * How many problems were counted but not kept.
     *
     * @return the number left out
     */
    public int omitted() {
        return omittedErrors + omittedWarnings + omittedInfos;
    }

    /**
     * Whether an error was added, kept or not.
     *
     * @return true when some problem is an error
     */
    public boolean hasErrors() {
        return errors > 0;
    }

    /**
     * Whether an error with a code outside a set was added, kept or not (so an error left out by
     * the limit still counts).
     *
     * @param codes the codes that do not count
     * @return true when some error has another code
     */
    public boolean hasErrorsOtherThan(java.util.Set<String> codes) {
        for (String code : errorCodes) {
            if (!codes.contains(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds problems in order.
     *
     * @param more the problems
     */
    public void addAll(List<Problem> more) {
        more.forEach(this::add);
    }

    /**
     * Adds a problem: kept while fewer than the limit are kept, else only counted.
     *
     * @param problem the problem
     */
    public void add(Problem problem) {
        if (problem.severity() == Severity.ERROR) {
            errors++;
            errorCodes.add(problem.code());
        }
        if (problems.size() < maxProblems) {
            problems.add(bounded(problem));
            return;
        }
        switch (problem.severity()) {
            case ERROR -> omittedErrors++;
            case WARNING -> omittedWarnings++;
            case INFO -> omittedInfos++;
        }
    }

    /** The problem with its message and key shortened to {@value #MAX_TEXT} characters. */
    private static Problem bounded(Problem problem) {
        if (problem.message().length() <= MAX_TEXT && problem.key().length() <= MAX_TEXT) {
            return problem;
        }
        return new Problem(
                problem.code(),
                problem.severity(),
                EchoedValue.shorten(problem.key(), MAX_TEXT),
                problem.line(),
                problem.column(),
                EchoedValue.shorten(problem.message(), MAX_TEXT),
                problem.arguments());
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
        error(UNKNOWN, path, at, "unknown field \"" + echo(path.fieldName()) + "\"", "name", path.fieldName());
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
