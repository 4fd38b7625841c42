package eu.ospo.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.GovernanceWriter;
import eu.ospo.model.Governance;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Verdict;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.PubliccodeWriter;
import eu.ospo.publiccode.model.PublicCode;
import eu.ospo.yaml.YamlLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON in the files' key shape, read through the same checks, problems located by JSON pointers. */
class OspoJsonTest {

    /** Surefire runs in the module directory. */
    private static final Path EXAMPLE = Path.of("..", "examples", "repositories", "shared-permits");

    private final OspoJson json = OspoJson.defaults();
    private final JsonMapper mapper = json.mapper();

    private static PublicCode examplePubliccode() throws IOException {
        PubliccodeResult result = PubliccodeParser.builder().build().parse(EXAMPLE.resolve("publiccode.yml"));
        assertThat(result.problems()).isEmpty();
        return result.publicCode().orElseThrow();
    }

    private static Governance exampleGovernance() throws IOException {
        GovernanceResult result = GovernanceParser.builder().build().parse(EXAMPLE.resolve("governance.yml"));
        assertThat(result.errors()).isEmpty();
        return result.governance().orElseThrow();
    }

    @Test
    void publiccodeJsonIsTheYamlFileAsJson() throws IOException {
        PublicCode model = examplePubliccode();

        JsonNode written = mapper.readTree(json.write(model));
        JsonNode converted = mapper.readTree(
                YamlToJson.convert(PubliccodeWriter.write(model)).orElseThrow());

        assertThat(written).isEqualTo(converted);
        assertThat(written.get("publiccodeYmlVersion").isString()).isTrue();
        assertThat(written.get("landingURL").asString()).isEqualTo("https://permits.example-municipality.eu");
        assertThat(written.get("localisation").get("localisationReady").isBoolean())
                .isTrue();
        assertThat(json.readPubliccode(json.write(model)).publicCode()).contains(model);
    }

    @Test
    void governanceJsonIsTheYamlFileAsJson() throws IOException {
        Governance model = exampleGovernance();

        JsonNode written = mapper.readTree(json.write(model));
        JsonNode converted = mapper.readTree(
                YamlToJson.convert(GovernanceWriter.write(model)).orElseThrow());

        assertThat(written).isEqualTo(converted);
        assertThat(written.get("governanceYmlVersion").asString()).isEqualTo("0.2");
        assertThat(written.get("organisations").get(0).get("roles").isArray()).isTrue();
        GovernanceResult back = json.readGovernance(json.write(model));
        assertThat(back.governance()).contains(model);
        assertThat(back.problems())
                .isEqualTo(json.readGovernance(json.write(model)).problems());
    }

    @Test
    void theDeclaredVersionIsKeptSoWarningsAreTheSame() throws IOException {
        PublicCode old = examplePubliccode().withPubliccodeYmlVersion("0.2");

        PubliccodeResult result = json.readPubliccode(json.write(old));

        assertThat(result.publicCode()).contains(old);
        assertThat(result.problems()).extracting(Problem::code).containsExactly("version.not-latest");
    }

    @Test
    void problemsInTextHaveLinesAndPointers() {
        String text = """
                {
                  "publiccodeYmlVersion": "0",
                  "name": "Sample",
                  "url": "not a url",
                  "platforms": ["web"],
                  "developmentStatus": "sideways",
                  "softwareType": "library",
                  "description": {"en": {"shortDescription": "Short", "longDescription": "%s", "features": ["a"]}},
                  "legal": {"license": "MIT"},
                  "maintenance": {"type": "none"},
                  "localisation": {"localisationReady": true, "availableLanguages": ["en"]}
                }
                """.formatted("x".repeat(150));

        PubliccodeResult result = json.readPubliccode(text);

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.errors())
                .extracting(
                        Problem::code,
                        Problem::key,
                        Problem::line,
                        p -> p.arguments().get(OspoJson.POINTER))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("value.url", "url", 4, "/url"),
                        org.assertj.core.groups.Tuple.tuple(
                                "value.not-allowed", "developmentStatus", 6, "/developmentStatus"));
        // the same checks as the YAML parser, with the same codes and keys
        PubliccodeResult yaml = PubliccodeParser.builder().build().parse(text); // JSON is YAML
        assertThat(yaml.problems())
                .extracting(Problem::code, Problem::key)
                .isEqualTo(result.problems().stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.code(), p.key()))
                        .toList());
    }

    @Test
    void problemsInATreeHavePointersOnly() throws IOException {
        JsonNode tree = mapper.readTree(json.write(examplePubliccode()));
        ((tools.jackson.databind.node.ObjectNode) tree.get("description").get("en"))
                .put("shortDescription", "x".repeat(200));
        ((tools.jackson.databind.node.ObjectNode) tree).remove("url");

        PubliccodeResult result = json.readPubliccode(tree);

        assertThat(result.errors())
                .extracting(
                        Problem::code,
                        Problem::line,
                        Problem::column,
                        p -> p.arguments().get(OspoJson.POINTER))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("field.required", 0, 0, ""),
                        org.assertj.core.groups.Tuple.tuple(
                                "value.too-long", 0, 0, "/description/en/shortDescription"));
        assertThat(result.errors()).extracting(Problem::key).containsExactly("url", "description.en.shortDescription");
    }

    /** A request object, as a REST controller receives it. */
    record Request(String requester, PublicCode metadata) {}

    @Test
    void readValueValidatesAndThrowsWithTheProblems() throws IOException {
        String good = json.write(examplePubliccode());
        String bad = good.replace("\"https://permits.example-municipality.eu\"", "\"ftp://x\"");

        Request ok = mapper.readValue("{\"requester\": \"r\", \"metadata\": " + good + "}", Request.class);
        InvalidMetadataException e = catchThrowableOfType(
                InvalidMetadataException.class,
                () -> mapper.readValue("{\"requester\": \"r\", \"metadata\": " + bad + "}", Request.class));

        assertThat(ok.metadata()).isEqualTo(examplePubliccode());
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("value.http-url");
            assertThat(p.key()).isEqualTo("landingURL");
            assertThat(p.arguments()).containsEntry(OspoJson.POINTER, "/metadata/landingURL");
            assertThat(p.line()).isGreaterThan(1);
        });
        assertThat(e.getMessage())
                .contains("invalid publiccode.yml (1 error)", "value.http-url", "/metadata/landingURL");
    }

    @Test
    void aPlainMapperWithTheModuleReadsAndWritesToo() throws IOException {
        JsonMapper plain = JsonMapper.builder().addModule(new OspoModule()).build();
        Governance model = exampleGovernance();

        String text = plain.writeValueAsString(model);

        assertThat(plain.readValue(text, Governance.class)).isEqualTo(model);
        assertThat(mapper.readTree(text)).isEqualTo(mapper.readTree(json.write(model)));
    }

    @Test
    void malformedJsonIsAProblemWithItsPosition() {
        PubliccodeResult result = json.readPubliccode("{\n  \"name\": \"x\",\n  \"url\" \"y\"\n}");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(OspoJson.SYNTAX);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("not valid JSON: ");
        });
        assertThat(json.readPubliccode("{\"publiccodeYmlVersion\": \"0\"} {}").problems())
                .extracting(Problem::code)
                .endsWith(OspoJson.SYNTAX);
        assertThat(json.readGovernance("").problems()).extracting(Problem::code).containsExactly("field.required");
    }

    @Test
    void duplicateKeysAreTheYamlLayersProblem() {
        GovernanceResult result =
                json.readGovernance("{\"governanceYmlVersion\": \"0.1\",\n\"governanceYmlVersion\": \"0.1\"}");

        assertThat(result.problems()).first().satisfies(p -> {
            assertThat(p.code()).isEqualTo("yaml.duplicate-key");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.arguments()).containsEntry(OspoJson.POINTER, "/governanceYmlVersion");
        });
    }

    @Test
    void theParsersLimitsApply() {
        OspoJson tight = OspoJson.builder()
                .publiccodeParser(PubliccodeParser.builder()
                        .limits(new YamlLimits(1000, 3, 0, 20))
                        .build())
                .build();

        assertThat(tight.readPubliccode("[[[[1]]]]").problems())
                .extracting(Problem::code, p -> p.arguments().get("limit"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("yaml.limit", "maxDepth"));
        assertThat(tight.readPubliccode("[" + "1,".repeat(30) + "1]").problems())
                .extracting(p -> p.arguments().get("limit"))
                .containsExactly("maxNodes");
        assertThat(tight.readPubliccode("\"" + "x".repeat(1000) + "\"").problems())
                .extracting(p -> p.arguments().get("limit"))
                .containsExactly("maxBytes");
        List<Problem> fromTree =
                tight.readPubliccode(mapper.readTree("[[[[1]]]]")).problems();
        assertThat(fromTree).extracting(Problem::code).containsExactly("yaml.limit");
    }

    @Test
    void theJsonCodeIsDocumented() throws IOException {
        String doc = java.nio.file.Files.readString(Path.of("..", "docs", "problem-codes.md"));
        String section = doc.substring(doc.indexOf("## JSON (ospo-jackson)"));

        assertThat(section).contains("| `" + OspoJson.SYNTAX + "` | E |").contains("`" + OspoJson.POINTER + "`");
    }
}
