package eu.ospo.governance.internal.report;

import eu.ospo.governance.report.FileProblem;
import eu.ospo.problem.Location;
import eu.ospo.problem.Problem;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON building blocks shared by the JSON and SARIF reports. A report is written with Jackson's
 * streaming generator as it goes, never built in memory as a tree or a string: the generator hands
 * its buffer (a few kilobytes) to the writer whenever it fills. Fields come in a fixed order,
 * pretty-printed, decimals in plain notation exactly as computed.
 */
final class JsonOutput {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller's writer stays open
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonOutput() {}

    /** What writes one JSON document into a generator. */
    @FunctionalInterface
    interface Document {
        void write(JsonGenerator json);
    }

    /** Writes one document, pretty-printed, with a final newline, and flushes. */
    static void write(Writer out, Document document) throws IOException {
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            document.write(json);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException failure) { // the writer failed
                throw failure;
            }
            throw new IOException("cannot write the report: " + e.getOriginalMessage(), e);
        }
        out.write('\n');
        out.flush();
    }

    /**
     * An evidence value: strings, exact numbers, booleans, lists and maps of those; dates and
     * anything else as their text.
     */
    static void value(JsonGenerator json, Object value) {
        if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof BigInteger integer) {
            json.writeNumber(integer);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) { // not expected (rules use exact numbers): keep its text
            json.writeNumber(new BigDecimal(number.toString()));
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeName(String.valueOf(entry.getKey()));
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else {
            json.writeString(String.valueOf(value)); // dates and anything else: their text
        }
    }

    /** The evidence map as a JSON object property, in its order. */
    static void evidence(JsonGenerator json, String name, Map<String, Object> evidence) {
        json.writeName(name);
        value(json, evidence);
    }

    /** {@code {file, key, line, column}}. */
    static void location(JsonGenerator json, Location location) {
        json.writeStartObject();
        json.writeStringProperty("file", location.file());
        json.writeStringProperty("key", location.key());
        json.writeNumberProperty("line", location.line());
        json.writeNumberProperty("column", location.column());
        json.writeEndObject();
    }

    /** {@code {file, type, code, key, line, column, description}}: the shape of {@code ospo publiccode validate}. */
    static void problem(JsonGenerator json, FileProblem fileProblem) {
        Problem problem = fileProblem.problem();
        json.writeStartObject();
        json.writeStringProperty("file", fileProblem.file());
        json.writeStringProperty("type", problem.severity().label());
        json.writeStringProperty("code", problem.code());
        json.writeStringProperty("key", problem.key());
        json.writeNumberProperty("line", problem.line());
        json.writeNumberProperty("column", problem.column());
        json.writeStringProperty("description", problem.message());
        json.writeEndObject();
    }
}
