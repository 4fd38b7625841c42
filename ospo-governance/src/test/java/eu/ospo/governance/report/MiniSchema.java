package eu.ospo.governance.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Enough of JSON Schema 2020-12 to check reports against {@code docs/report.schema.json}: type,
 * required, properties, additionalProperties, items, $ref to {@code #/$defs/...}, enum, const,
 * anyOf, minimum, minLength. Returns the violations as {@code /json/pointer: what}.
 */
final class MiniSchema {

    private final JsonNode root;

    MiniSchema(JsonNode root) {
        this.root = root;
    }

    List<String> violations(JsonNode instance) {
        List<String> out = new ArrayList<>();
        check(root, instance, "", out);
        return out;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> out) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalArgumentException("unsupported $ref " + ref);
            }
            check(root.get("$defs").get(ref.substring("#/$defs/".length())), value, at, out);
        }
        if (schema.has("type") && !hasType(value, schema.get("type").asString())) {
            out.add(at + ": not of type " + schema.get("type").asString());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            out.add(at + ": not " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= option.equals(value);
            }
            if (!found) {
                out.add(at + ": " + value + " not in " + schema.get("enum"));
            }
        }
        if (schema.has("minimum")
                && value.isNumber()
                && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            out.add(at + ": below minimum");
        }
        if (schema.has("minLength")
                && value.isString()
                && value.asString().length() < schema.get("minLength").asInt()) {
            out.add(at + ": too short");
        }
        if (schema.has("anyOf")) {
            boolean any = false;
            for (JsonNode option : schema.get("anyOf")) {
                List<String> sub = new ArrayList<>();
                check(option, value, at, sub);
                any |= sub.isEmpty();
            }
            if (!any) {
                out.add(at + ": matches no anyOf option");
            }
        }
        if (value.isObject()) {
            object(schema, value, at, out);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "/" + i, out);
            }
        }
    }

    private void object(JsonNode schema, JsonNode value, String at, List<String> out) {
        if (schema.has("required")) {
            for (JsonNode name : schema.get("required")) {
                if (!value.has(name.asString())) {
                    out.add(at + ": missing " + name.asString());
                }
            }
        }
        JsonNode properties = schema.get("properties");
        JsonNode additional = schema.get("additionalProperties");
        Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String where = at + "/" + field.getKey();
            if (properties != null && properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), where, out);
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                out.add(where + ": not allowed");
            } else if (additional != null && additional.isObject()) {
                check(additional, field.getValue(), where, out);
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unsupported type " + type);
        };
    }
}
