package eu.ospo.governance;

import eu.ospo.yaml.YamlLimits;
import eu.ospo.yaml.internal.YamlLoader;
import eu.ospo.yaml.internal.YamlMapping;
import eu.ospo.yaml.internal.YamlNode;
import eu.ospo.yaml.internal.YamlScalar;
import eu.ospo.yaml.internal.YamlSequence;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Test helpers over the YAML layer's node tree: loading, walking with key paths, converting to JSON. */
final class YamlTrees {

    /** Mappings whose keys are data, not format keys. */
    static final Set<String> FREE_MAPS = Set.of("forgeHandles");

    /** A mapping of the document with its key path ({@code agreements[0].commitment}). */
    record PathMapping(String path, YamlMapping mapping) {}

    private static final YamlLoader LOADER = new YamlLoader(YamlLimits.DEFAULT);

    private YamlTrees() {}

    static YamlNode load(String text) {
        return LOADER.load(text.getBytes(StandardCharsets.UTF_8)).root().orElseThrow();
    }

    static String field(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** Every mapping of the document that holds format keys, in document order. */
    static List<PathMapping> mappings(YamlNode root) {
        List<PathMapping> out = new ArrayList<>();
        walk(root, "", out);
        return out;
    }

    private static void walk(YamlNode node, String path, List<PathMapping> out) {
        if (node instanceof YamlMapping mapping) {
            out.add(new PathMapping(path, mapping));
            for (YamlMapping.Entry entry : mapping.entries()) {
                if (!FREE_MAPS.contains(entry.name())) {
                    walk(entry.value(), field(path, entry.name()), out);
                }
            }
        } else if (node instanceof YamlSequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                walk(sequence.items().get(i), path + "[" + i + "]", out);
            }
        }
    }

    /** A key path with list indices dropped: {@code agreements[].commitment.amount}. */
    static String shape(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }

    /** The document as a JSON tree: YAML core-schema types become JSON types; numbers stay exact. */
    static JsonNode json(YamlNode node) {
        JsonNodeFactory factory = JsonNodeFactory.instance;
        if (node instanceof YamlMapping mapping) {
            ObjectNode object = factory.objectNode();
            mapping.entries().forEach(e -> object.set(e.name(), json(e.value())));
            return object;
        }
        if (node instanceof YamlSequence sequence) {
            ArrayNode array = factory.arrayNode();
            sequence.items().forEach(item -> array.add(json(item)));
            return array;
        }
        YamlScalar scalar = (YamlScalar) node;
        return switch (scalar.type()) {
            case NULL -> factory.nullNode();
            case BOOL -> factory.booleanNode(Boolean.parseBoolean(scalar.value().toLowerCase(java.util.Locale.ROOT)));
            case INT, FLOAT -> factory.numberNode(new BigDecimal(scalar.value()));
            case STRING -> factory.stringNode(scalar.value());
        };
    }
}
