package eu.ospo.governance.internal.report;

import eu.ospo.governance.report.FileProblem;
import eu.ospo.problem.Location;
import eu.ospo.problem.Problem;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON building blocks shared by the JSON and SARIF reports. Reports are built as trees (no
 * reflection, so nothing needs to be opened to Jackson) in a fixed field order, and written
 * pretty-printed with decimals in plain notation, exactly as computed.
 */
final class JsonTrees {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Writes a tree, pretty-printed, with a final newline, and flushes. */
    static void write(JsonNode tree, Writer out) throws IOException {
        try {
            out.write(MAPPER.writeValueAsString(tree));
        } catch (JacksonException e) {
            throw new IOException("cannot write the report: " + e.getOriginalMessage(), e);
        }
        out.write('\n');
        out.flush();
    }

    /**
     * An evidence value as JSON: strings, exact numbers, booleans, lists and maps of those; dates and
     * anything else as their text.
     */
    static JsonNode value(Object value) {
        if (value instanceof String text) {
            return NODES.stringNode(text);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if (value instanceof BigInteger integer) {
            return NODES.numberNode(integer);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number number) { // not expected (rules use exact numbers): keep its text
            return NODES.numberNode(new BigDecimal(number.toString()));
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = array();
            items.forEach(item -> array.add(value(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = object();
            map.forEach((key, item) -> object.set(String.valueOf(key), value(item)));
            return object;
        }
        if (value instanceof TemporalAccessor) {
            return NODES.stringNode(value.toString());
        }
        return NODES.stringNode(String.valueOf(value));
    }

    /** The evidence map as a JSON object, in its order. */
    static ObjectNode evidence(Map<String, Object> evidence) {
        ObjectNode object = object();
        evidence.forEach((name, item) -> object.set(name, value(item)));
        return object;
    }

    /** {@code {file, key, line, column}}. */
    static ObjectNode location(Location location) {
        ObjectNode object = object();
        object.put("file", location.file());
        object.put("key", location.key());
        object.put("line", location.line());
        object.put("column", location.column());
        return object;
    }

    /** {@code {file, type, code, key, line, column, description}}: the shape of {@code ospo publiccode validate}. */
    static ObjectNode problem(FileProblem fileProblem) {
        Problem problem = fileProblem.problem();
        ObjectNode object = object();
        object.put("file", fileProblem.file());
        object.put("type", problem.severity().label());
        object.put("code", problem.code());
        object.put("key", problem.key());
        object.put("line", problem.line());
        object.put("column", problem.column());
        object.put("description", problem.message());
        return object;
    }
}
