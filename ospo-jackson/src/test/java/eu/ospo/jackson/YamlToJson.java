package eu.ospo.jackson;

import eu.ospo.yaml.YamlLimits;
import eu.ospo.yaml.internal.YamlDocument;
import eu.ospo.yaml.internal.YamlLoader;
import eu.ospo.yaml.internal.YamlMapping;
import eu.ospo.yaml.internal.YamlNode;
import eu.ospo.yaml.internal.YamlScalar;
import eu.ospo.yaml.internal.YamlSequence;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain YAML-to-JSON conversion, as a user would do with any converter: mappings become objects,
 * sequences arrays, quoted and plain strings JSON strings, numbers, booleans and nulls their JSON
 * values. Documents with scalars JSON cannot hold the same way (YAML-only number forms such as
 * {@code 0x1F}, booleans spelt {@code True}, nulls spelt {@code ~}) are not converted.
 */
final class YamlToJson {

    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");
    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final YamlLoader LOADER = new YamlLoader(YamlLimits.DEFAULT);

    private YamlToJson() {}

    /**
     * Converts a YAML document.
     *
     * @param yaml the YAML
     * @return the JSON text, or empty when the YAML does not load or holds a scalar JSON cannot keep
     */
    static Optional<String> convert(byte[] yaml) {
        YamlDocument document = LOADER.load(yaml);
        if (document.failed()
                || document.root().isEmpty()
                || !representable(document.root().get())) {
            return Optional.empty();
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator out = MAPPER.createGenerator(text)) {
            write(document.root().get(), out);
        }
        return Optional.of(text.toString());
    }

    static Optional<String> convert(String yaml) {
        return convert(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean representable(YamlNode node) {
        if (node instanceof YamlMapping mapping) {
            return mapping.entries().stream().allMatch(e -> representable(e.value()));
        }
        if (node instanceof YamlSequence sequence) {
            return sequence.items().stream().allMatch(YamlToJson::representable);
        }
        YamlScalar scalar = (YamlScalar) node;
        String text = scalar.value();
        return switch (scalar.type()) {
            case STRING -> true;
            case INT, FLOAT -> NUMBER.matcher(text).matches();
            case BOOL -> text.equals("true") || text.equals("false");
            case NULL -> text.equals("null");
        };
    }

    private static void write(YamlNode node, JsonGenerator out) {
        if (node instanceof YamlMapping mapping) {
            out.writeStartObject();
            for (YamlMapping.Entry entry : mapping.entries()) {
                out.writeName(entry.name());
                write(entry.value(), out);
            }
            out.writeEndObject();
        } else if (node instanceof YamlSequence sequence) {
            out.writeStartArray();
            for (YamlNode item : sequence.items()) {
                write(item, out);
            }
            out.writeEndArray();
        } else {
            YamlScalar scalar = (YamlScalar) node;
            switch (scalar.type()) {
                case STRING -> out.writeString(scalar.value());
                case INT, FLOAT -> out.writeNumber(scalar.value());
                case BOOL -> out.writeBoolean(scalar.value().equals("true"));
                case NULL -> out.writeNull();
            }
        }
    }
}
