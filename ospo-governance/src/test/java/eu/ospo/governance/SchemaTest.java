package eu.ospo.governance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.Governance;
import eu.ospo.model.Keyword;
import eu.ospo.problem.Problem;
import eu.ospo.yaml.internal.YamlMapping;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * governance.schema.json against the model, the parser, the writer and the fixtures: the same keys
 * in the same order, the same vocabularies, the same required keys, and the fixtures valid against
 * it (checked with {@link MiniSchema}).
 */
class SchemaTest {

    private static final Path ROOT_COPY = Path.of("..", "governance.schema.json");

    private static JsonNode schema;
    private static MiniSchema validator;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = GovernanceVersion.class.getResourceAsStream(GovernanceVersion.SCHEMA_RESOURCE)) {
            assertThat(in).as("bundled schema").isNotNull();
            schema = JsonMapper.builder().build().readTree(in);
        }
        validator = new MiniSchema(schema);
    }

    @Test
    void theRootCopyAndTheBundledCopyAreIdentical() throws IOException {
        byte[] bundled;
        try (InputStream in = GovernanceVersion.class.getResourceAsStream(GovernanceVersion.SCHEMA_RESOURCE)) {
            bundled = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(ROOT_COPY)).isEqualTo(bundled);
        assertThat(GovernanceVersion.jsonSchema()).isEqualTo(Files.readString(ROOT_COPY));
    }

    @Test
    void itIsADraft202012SchemaThatAllowsOnlyTheLatestVersion() {
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("properties")
                        .get("governanceYmlVersion")
                        .get("enum")
                        .values())
                .extracting(JsonNode::asString)
                .containsExactlyElementsOf(GovernanceVersion.SUPPORTED);
    }

    @Test
    void everyObjectForbidsOtherKeysAndEveryKeyIsDescribed() {
        for (Map.Entry<String, JsonNode> object :
                objects(schema, "", new LinkedHashMap<>()).entrySet()) {
            JsonNode node = object.getValue();
            if (YamlTrees.FREE_MAPS.stream().anyMatch(object.getKey()::endsWith)) {
                continue;
            }
            assertThat(node.get("additionalProperties").asBoolean(true))
                    .as(object.getKey())
                    .isFalse();
            for (Map.Entry<String, JsonNode> property : node.get("properties").properties()) {
                assertThat(property.getValue().has("description"))
                        .as(object.getKey() + "." + property.getKey())
                        .isTrue();
            }
        }
    }

    @Test
    void theSchemaHasTheModelsKeysInTheModelsOrder() {
        Map<String, List<String>> fromModel = new LinkedHashMap<>();
        modelKeys(Governance.class, "", fromModel);
        Map<String, List<String>> fromSchema = new LinkedHashMap<>();
        objects(schema, "", new LinkedHashMap<>())
                .forEach((path, node) -> fromSchema.put(
                        path, new ArrayList<>(node.get("properties").propertyNames())));
        fromSchema.keySet().removeIf(path -> YamlTrees.FREE_MAPS.stream().anyMatch(path::endsWith));

        assertThat(fromSchema).isEqualTo(fromModel);
    }

    @Test
    void theSchemasVocabulariesAreTheModelsKeywords() {
        Map<String, List<String>> fromModel = new LinkedHashMap<>();
        modelEnums(Governance.class, "", fromModel);
        assertThat(fromModel).hasSizeGreaterThan(15);
        fromModel.forEach((path, values) -> {
            JsonNode node = at(path);
            if (node.has("items")) {
                node = deref(node.get("items"));
            }
            assertThat(node.get("enum").values())
                    .as(path)
                    .extracting(JsonNode::asString)
                    .containsExactlyElementsOf(values);
        });
    }

    @Test
    void theParserAcceptsEveryKeyOfTheSchema() {
        String text = Fixtures.text("all-keys.yml");
        Set<String> used = new TreeSet<>();
        for (YamlTrees.PathMapping mapping : YamlTrees.mappings(YamlTrees.load(text))) {
            for (YamlMapping.Entry entry : mapping.mapping().entries()) {
                used.add(YamlTrees.shape(YamlTrees.field(mapping.path(), entry.name())));
            }
        }
        Set<String> declared = new TreeSet<>();
        objects(schema, "", new LinkedHashMap<>())
                .forEach((path, node) -> node.get("properties")
                        .propertyNames()
                        .forEach(key -> declared.add(YamlTrees.field(path, key))));
        declared.removeIf(path -> path.contains("forgeHandles."));

        assertThat(difference(used, declared)).as("used, not declared").isEmpty();
        assertThat(difference(declared, used)).as("declared, not used").isEmpty();
        assertThat(Fixtures.PARSER.parse(text).problems()).isEmpty();
    }

    @Test
    void theParserRejectsEveryKeyNameWhereTheSchemaDoesNotDeclareIt() {
        String text = Fixtures.text("all-keys.yml");
        Set<String> names = new TreeSet<>();
        Map<String, JsonNode> objects = objects(schema, "", new LinkedHashMap<>());
        objects.values().forEach(node -> names.addAll(node.get("properties").propertyNames()));
        int checked = 0;
        for (YamlTrees.PathMapping mapping : YamlTrees.mappings(YamlTrees.load(text))) {
            Set<String> allowed = new LinkedHashSet<>(objects.get(YamlTrees.shape(mapping.path()))
                    .get("properties")
                    .propertyNames());
            for (String name : names) {
                if (allowed.contains(name)) {
                    continue;
                }
                String changed = insertFirstKey(text, mapping.mapping(), name + ": x");
                List<Problem> problems = Fixtures.PARSER.parse(changed).problems();
                assertThat(Fixtures.compact(problems))
                        .as(mapping.path() + " with " + name)
                        .contains("field.unknown@" + YamlTrees.field(mapping.path(), name) + "@"
                                + mapping.mapping().line() + ":"
                                + mapping.mapping().column());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void theParserRequiresExactlyTheKeysTheSchemaRequires() {
        String text = Fixtures.text("all-keys.yml");
        Map<String, JsonNode> objects = objects(schema, "", new LinkedHashMap<>());
        for (YamlTrees.PathMapping mapping : YamlTrees.mappings(YamlTrees.load(text))) {
            JsonNode object = objects.get(YamlTrees.shape(mapping.path()));
            Set<String> required = new LinkedHashSet<>();
            if (object.has("required")) {
                object.get("required").values().forEach(key -> required.add(key.asString()));
            }
            for (YamlMapping.Entry entry : mapping.mapping().entries()) {
                if (entry.name().equals("governanceYmlVersion")) {
                    continue; // without a version nothing else is read
                }
                String path = YamlTrees.field(mapping.path(), entry.name());
                String changed = renameKey(text, entry, "zz" + entry.name());
                List<String> problems =
                        Fixtures.compact(Fixtures.PARSER.parse(changed).problems());
                boolean reported = problems.stream().anyMatch(p -> p.startsWith("field.required@" + path + "@"));
                assertThat(reported)
                        .as(path + " required; problems " + problems)
                        .isEqualTo(required.contains(entry.name()));
            }
        }
    }

    @Test
    void theWriterWritesEveryKeyOfTheSchemaInTheSchemasOrder() {
        String written = GovernanceWriter.write(
                Fixtures.parse("all-keys.yml").governance().orElseThrow());
        Map<String, JsonNode> objects = objects(schema, "", new LinkedHashMap<>());
        Set<String> writtenKeys = new TreeSet<>();
        for (YamlTrees.PathMapping mapping : YamlTrees.mappings(YamlTrees.load(written))) {
            List<String> order = new ArrayList<>(objects.get(YamlTrees.shape(mapping.path()))
                    .get("properties")
                    .propertyNames());
            List<String> keys = mapping.mapping().entries().stream()
                    .map(YamlMapping.Entry::name)
                    .toList();
            assertThat(order).as(mapping.path()).containsSubsequence(keys);
            keys.forEach(key -> writtenKeys.add(YamlTrees.shape(YamlTrees.field(mapping.path(), key))));
        }
        Set<String> declared = new TreeSet<>();
        objects.forEach((path, node) ->
                node.get("properties").propertyNames().forEach(key -> declared.add(YamlTrees.field(path, key))));

        assertThat(writtenKeys).isEqualTo(declared);
    }

    @ParameterizedTest
    @FieldSource("eu.ospo.governance.Fixtures#VALID")
    void theValidFixturesAndWhatTheWriterMakesOfThemAreValidAgainstTheSchema(String name) {
        String text = Fixtures.text(name);
        String written =
                GovernanceWriter.write(Fixtures.PARSER.parse(text).governance().orElseThrow());

        assertThat(validator.violations(YamlTrees.json(YamlTrees.load(text)))).isEmpty();
        assertThat(validator.violations(YamlTrees.json(YamlTrees.load(written))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "  percentage: 10\n|  percentage: 101\n",
                "    country: NL\n    type: company\n|    country: nl\n    type: company\n",
                "  - id: mnt-1\n|  - id: Mnt_1\n",
                "    end: 2025-12-31\n|",
                "    end: 2025-12-31\n|    renewal: automatic\n",
                "{amount: 0.5, unit: fte}|{amount: 40, unit: hours}",
                "{amount: 0.5, unit: fte}|{amount: 0.5, unit: fte, per: week}",
                "{amount: 0.5, unit: fte}|{amount: 0, unit: fte}",
                "{type: fraction, value: 0.5}|{type: fraction, value: 1.5}",
                "{type: fraction, value: 0.5}|{type: count, value: 1.5}",
                "    commitment: {amount: 0.5, unit: fte}\n|",
                "    roles: [contractor]\n|    roles: []\n",
                "    roles: [member]\n|    roles: [member]\n    identifiers: [{scheme: nl-oin, value: \"00000042002220647000\"}]\n",
                "    name: ACME\n|    name: ACME\n    nickname: Acme\n",
                "    name: ACME\n|    name: \" \"\n",
                "governanceYmlVersion: \"0.1\"|governanceYmlVersion: \"0.3\"",
                "    start: 2025-01-01\n|    start: 1 January 2025\n",
            })
    void documentsTheParserRejectsForTheseReasonsTheSchemaRejectsToo(String change) {
        String[] parts = change.split("\\|", -1);
        String text = ProblemsTest.with(parts[0], parts[1]);

        assertThat(Fixtures.PARSER.parse(text).isValid()).isFalse();
        assertThat(validator.violations(YamlTrees.json(YamlTrees.load(text)))).isNotEmpty();
        assertThat(validator.violations(YamlTrees.json(YamlTrees.load(ProblemsTest.BASE))))
                .isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    // ---- the schema's object tree ----

    /** Every object schema that declares properties, by key path with {@code []} for list items. */
    private static Map<String, JsonNode> objects(JsonNode node, String path, Map<String, JsonNode> out) {
        JsonNode schemaNode = deref(node);
        if (schemaNode.has("properties")) {
            out.put(path, schemaNode);
            for (Map.Entry<String, JsonNode> property :
                    schemaNode.get("properties").properties()) {
                objects(property.getValue(), YamlTrees.field(path, property.getKey()), out);
            }
        } else if (schemaNode.has("items")) {
            objects(schemaNode.get("items"), path + "[]", out);
        } else if (schemaNode.has("additionalProperties")
                && schemaNode.get("additionalProperties").isObject()) {
            out.put(path, jsonObjectWithoutProperties());
        }
        return out;
    }

    private static JsonNode jsonObjectWithoutProperties() {
        return JsonMapper.builder().build().readTree("{\"properties\":{}}");
    }

    private static JsonNode deref(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = validator.resolve(current.get("$ref").asString());
        }
        return current;
    }

    /** The (dereferenced) schema of a key path such as {@code agreements[].kind}. */
    private static JsonNode at(String path) {
        JsonNode node = schema;
        for (String part : path.split("\\.")) {
            boolean item = part.endsWith("[]");
            String name = item ? part.substring(0, part.length() - 2) : part;
            node = deref(deref(node).get("properties").get(name));
            if (item) {
                node = deref(node.get("items"));
            }
        }
        return node;
    }

    // ---- the model's key tree (record components are the keys) ----

    private static void modelKeys(Class<?> record, String path, Map<String, List<String>> out) {
        List<String> keys = new ArrayList<>();
        out.put(path, keys);
        for (RecordComponent component : record.getRecordComponents()) {
            keys.add(component.getName());
            Element element = element(component.getGenericType(), YamlTrees.field(path, component.getName()));
            if (element.type().isRecord() && element.type() != CalendarPeriod.class) {
                modelKeys(element.type(), element.path(), out);
            }
        }
    }

    private static void modelEnums(Class<?> record, String path, Map<String, List<String>> out) {
        for (RecordComponent component : record.getRecordComponents()) {
            Element element = element(component.getGenericType(), YamlTrees.field(path, component.getName()));
            if (element.type().isEnum() && Keyword.class.isAssignableFrom(element.type())) {
                out.put(
                        YamlTrees.field(path, component.getName()),
                        Arrays.stream(element.type().getEnumConstants())
                                .map(c -> ((Keyword) c).value())
                                .toList());
            } else if (element.type().isRecord() && element.type() != CalendarPeriod.class) {
                modelEnums(element.type(), element.path(), out);
            }
        }
    }

    /** A component's element type (inside Optional or List) and the path its keys live under. */
    private record Element(Class<?> type, String path) {}

    private static Element element(Type type, String path) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type argument = parameterized.getActualTypeArguments()[0];
            if (raw == Optional.class) {
                return element(argument, path);
            }
            if (raw == List.class) {
                return element(argument, path + "[]");
            }
            return new Element(raw, path);
        }
        Class<?> raw = (Class<?>) type;
        assertThat(raw.isRecord()
                        || raw.isEnum()
                        || raw.isPrimitive()
                        || raw == String.class
                        || raw == LocalDate.class
                        || raw == BigDecimal.class
                        || raw == Integer.class)
                .as("a type the format knows: " + raw)
                .isTrue();
        return new Element(raw, path);
    }

    // ---- text surgery on the all-keys fixture, at positions from the YAML tree ----

    /** Puts {@code entry} in front of a block mapping's first key (on the dash's line for list items). */
    static String insertFirstKey(String text, YamlMapping mapping, String entry) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int index = mapping.line() - 1;
        int column = mapping.column() - 1;
        String line = lines.get(index);
        String indent = " ".repeat(column);
        lines.set(index, line.substring(0, column) + entry + "\n" + indent + line.substring(column));
        return String.join("\n", lines);
    }

    /** Renames a key in place. */
    static String renameKey(String text, YamlMapping.Entry entry, String name) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int index = entry.key().line() - 1;
        int column = entry.key().column() - 1;
        String line = lines.get(index);
        assertThat(line.substring(column)).startsWith(entry.name());
        lines.set(
                index,
                line.substring(0, column)
                        + name
                        + line.substring(column + entry.name().length()));
        return String.join("\n", lines);
    }
}
