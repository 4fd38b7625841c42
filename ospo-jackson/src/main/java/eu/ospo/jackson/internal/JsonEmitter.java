package eu.ospo.jackson.internal;

import eu.ospo.yaml.YamlLimits;
import eu.ospo.yaml.internal.YamlLoader;
import eu.ospo.yaml.internal.YamlNode;
import eu.ospo.yaml.internal.YamlOut;
import eu.ospo.yaml.internal.YamlScalar;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the tree the publiccode.yml and governance.yml writers build ({@link YamlOut}) as JSON, so
 * the JSON has exactly the files' keys, order and values: text becomes a JSON string, a raw scalar
 * (booleans, numbers, dates, quoted versions) the JSON value the YAML 1.2 core schema reads it as.
 */
public final class JsonEmitter {

    /** A JSON number; YAML numbers outside this form (none of the writers' own) stay strings. */
    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private static final YamlLoader SCALARS = new YamlLoader(YamlLimits.DEFAULT);

    private JsonEmitter() {}

    /**
     * Writes a tree.
     *
     * @param tree the tree
     * @param out the generator
     */
    public static void write(YamlOut tree, JsonGenerator out) {
        if (tree instanceof YamlOut.MapOut map) {
            out.writeStartObject();
            for (Map.Entry<String, YamlOut> entry : map.entries().entrySet()) {
                out.writeName(entry.getKey());
                write(entry.getValue(), out);
            }
            out.writeEndObject();
        } else if (tree instanceof YamlOut.SeqOut sequence) {
            out.writeStartArray();
            for (YamlOut item : sequence.items()) {
                write(item, out);
            }
            out.writeEndArray();
        } else if (tree instanceof YamlOut.Flow flow) {
            out.writeStartArray();
            for (String word : flow.words()) {
                out.writeString(word);
            }
            out.writeEndArray();
        } else if (tree instanceof YamlOut.Text text) {
            out.writeString(text.value());
        } else if (tree instanceof YamlOut.Raw raw) {
            raw(raw.value(), out);
        }
    }

    private static void raw(String value, JsonGenerator out) {
        if (value.equals("true") || value.equals("false")) {
            out.writeBoolean(value.equals("true"));
        } else if (NUMBER.matcher(value).matches()) {
            out.writeNumber(value); // verbatim: 0.10 stays 0.10
        } else if (DATE.matcher(value).matches()) {
            out.writeString(value);
        } else {
            scalar(value, out);
        }
    }

    /** Anything else (a double-quoted version, for one): read as the YAML reader would. */
    private static void scalar(String value, JsonGenerator out) {
        YamlNode node = SCALARS.load(value.getBytes(StandardCharsets.UTF_8))
                .root()
                .orElseThrow(() -> new IllegalStateException("not a YAML scalar: " + value));
        if (!(node instanceof YamlScalar scalar)) {
            throw new IllegalStateException("not a YAML scalar: " + value);
        }
        switch (scalar.type()) {
            case BOOL -> out.writeBoolean(Boolean.parseBoolean(scalar.value()));
            case NULL -> out.writeNull();
            case INT, FLOAT -> {
                if (NUMBER.matcher(scalar.value()).matches()) {
                    out.writeNumber(scalar.value());
                } else {
                    out.writeString(scalar.value());
                }
            }
            case STRING -> out.writeString(scalar.value());
        }
    }
}
