package eu.ospo.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A validator for the subset of JSON Schema 2020-12 that {@code governance.schema.json} uses, so the
 * tests can check documents against the schema without a schema-validator dependency. Any keyword
 * outside the subset fails loudly: the schema cannot use more than is checked here.
 */
final class MiniSchema {

    /** Keywords that only annotate. */
    private static final Set<String> ANNOTATIONS =
            Set.of("$schema", "$id", "$defs", "title", "description", "default", "format");

    /** Keywords that assert something, all implemented below. */
    static final Set<String> ASSERTIONS = Set.of(
            "$ref",
            "type",
            "properties",
            "required",
            "additionalProperties",
            "propertyNames",
            "items",
            "minItems",
            "enum",
            "const",
            "pattern",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "multipleOf",
            "allOf",
            "anyOf",
            "not",
            "if",
            "then",
            "else");

    private final JsonNode root;

    MiniSchema(JsonNode root) {
        this.root = root;
    }

    /**
     * The violations of a document, as {@code path: keyword} lines; empty when it is valid.
     *
     * @param document the document as a JSON tree
     * @return the violations
     */
    List<String> violations(JsonNode document) {
        List<String> out = new ArrayList<>();
        check(root, document, "", out);
        return out;
    }

    boolean valid(JsonNode schema, JsonNode value) {
        List<String> out = new ArrayList<>();
        check(schema, value, "", out);
        return out.isEmpty();
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> out) {
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            String name = keyword.getKey();
            JsonNode arg = keyword.getValue();
            if (ANNOTATIONS.contains(name)) {
                continue;
            }
            switch (name) {
                case "$ref" -> check(resolve(arg.asString()), value, path, out);
                case "type" -> {
                    boolean any = false;
                    for (JsonNode type : arg.isArray() ? arg.values() : List.of(arg)) {
                        any |= hasType(value, type.asString());
                    }
                    fail(!any, path, "type", out);
                }
                case "properties" -> {
                    if (value.isObject()) {
                        for (Map.Entry<String, JsonNode> property : arg.properties()) {
                            JsonNode child = value.get(property.getKey());
                            if (child != null) {
                                check(property.getValue(), child, path + "/" + property.getKey(), out);
                            }
                        }
                    }
                }
                case "required" -> {
                    if (value.isObject()) {
                        for (JsonNode key : arg.values()) {
                            fail(!value.has(key.asString()), path + "/" + key.asString(), "required", out);
                        }
                    }
                }
                case "additionalProperties" -> {
                    if (value.isObject()) {
                        JsonNode declared = schema.get("properties");
                        for (Map.Entry<String, JsonNode> property : value.properties()) {
                            if (declared != null && declared.has(property.getKey())) {
                                continue;
                            }
                            String at = path + "/" + property.getKey();
                            if (arg.isBoolean()) {
                                fail(!arg.asBoolean(), at, "additionalProperties", out);
                            } else {
                                check(arg, property.getValue(), at, out);
                            }
                        }
                    }
                }
                case "propertyNames" -> {
                    if (value.isObject()) {
                        for (String key : value.propertyNames()) {
                            fail(
                                    !valid(arg, tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(key)),
                                    path + "/" + key,
                                    "propertyNames",
                                    out);
                        }
                    }
                }
                case "items" -> {
                    if (value.isArray()) {
                        for (int i = 0; i < value.size(); i++) {
                            check(arg, value.get(i), path + "/" + i, out);
                        }
                    }
                }
                case "minItems" -> fail(value.isArray() && value.size() < arg.asInt(), path, "minItems", out);
                case "enum" -> {
                    boolean member = false;
                    for (JsonNode option : arg.values()) {
                        member |= equal(option, value);
                    }
                    fail(!member, path, "enum", out);
                }
                case "const" -> fail(!equal(arg, value), path, "const", out);
                case "pattern" ->
                    fail(
                            value.isString()
                                    && !Pattern.compile(arg.asString())
                                            .matcher(value.asString())
                                            .find(),
                            path,
                            "pattern",
                            out);
                case "minimum" ->
                    fail(value.isNumber() && value.decimalValue().compareTo(arg.decimalValue()) < 0, path, name, out);
                case "maximum" ->
                    fail(value.isNumber() && value.decimalValue().compareTo(arg.decimalValue()) > 0, path, name, out);
                case "exclusiveMinimum" ->
                    fail(value.isNumber() && value.decimalValue().compareTo(arg.decimalValue()) <= 0, path, name, out);
                case "multipleOf" ->
                    fail(
                            value.isNumber()
                                    && value.decimalValue()
                                                    .remainder(arg.decimalValue())
                                                    .signum()
                                            != 0,
                            path,
                            name,
                            out);
                case "allOf" -> arg.values().forEach(sub -> check(sub, value, path, out));
                case "anyOf" -> fail(arg.values().stream().noneMatch(sub -> valid(sub, value)), path, "anyOf", out);
                case "not" -> fail(valid(arg, value), path, "not", out);
                case "if" -> {
                    JsonNode branch = valid(arg, value) ? schema.get("then") : schema.get("else");
                    if (branch != null) {
                        check(branch, value, path, out);
                    }
                }
                case "then", "else" -> {
                    // applied by "if"
                }
                default -> throw new IllegalStateException("keyword not supported by the test validator: " + name);
            }
        }
    }

    JsonNode resolve(String reference) {
        if (!reference.startsWith("#/")) {
            throw new IllegalStateException("only local references are supported: " + reference);
        }
        JsonNode node = root;
        for (String part : reference.substring(2).split("/")) {
            node = node.get(part);
            if (node == null) {
                throw new IllegalStateException("unresolved reference " + reference);
            }
        }
        return node;
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            case "number" -> value.isNumber();
            case "integer" ->
                value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
            default -> throw new IllegalStateException("unknown type " + type);
        };
    }

    private static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static void fail(boolean failed, String path, String keyword, List<String> out) {
        if (failed) {
            out.add((path.isEmpty() ? "/" : path) + ": " + keyword);
        }
    }
}
