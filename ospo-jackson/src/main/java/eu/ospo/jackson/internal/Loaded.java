package eu.ospo.jackson.internal;

import eu.ospo.problem.Problem;
import eu.ospo.problem.SourceMap;
import eu.ospo.yaml.internal.YamlDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value loaded into the YAML layer's node tree, with what is needed to report its problems in
 * JSON terms.
 *
 * @param document the node tree and the loading problems
 * @param pointers the JSON pointer of the node at each position ({@link JsonLoader#pack})
 * @param lines whether positions are the JSON text's lines and columns (else stand-in numbers)
 * @param root the pointer of the value itself within the parser's whole document ({@code ""} at the top)
 */
public record Loaded(YamlDocument document, Map<Long, String> pointers, boolean lines, String root) {

    /** The problem argument that holds a problem's JSON pointer. */
    public static final String POINTER = "pointer";

    /**
     * The problems with a {@value #POINTER} argument each: the pointer of the node at the problem's
     * position (the value itself when it has none); positions are kept when they are the text's lines
     * and set to 0 (unknown) when the input had none.
     *
     * @param problems problems positioned on this document's nodes
     * @return the problems in JSON terms, in the same order
     */
    public List<Problem> locate(List<Problem> problems) {
        return problems.stream().map(this::locate).toList();
    }

    private Problem locate(Problem problem) {
        String pointer = pointers.getOrDefault(JsonLoader.pack(problem.line(), problem.column()), root);
        Map<String, String> arguments = new LinkedHashMap<>(problem.arguments());
        arguments.put(POINTER, pointer);
        return new Problem(
                problem.code(),
                problem.severity(),
                problem.key(),
                lines ? problem.line() : 0,
                lines ? problem.column() : 0,
                problem.message(),
                arguments);
    }

    /**
     * The source map to hand on: the reader's, when its positions are the text's; else an empty one.
     *
     * @param map the reader's source map
     * @return the map
     */
    public SourceMap sourceMap(SourceMap map) {
        return lines ? map : SourceMap.empty();
    }
}
