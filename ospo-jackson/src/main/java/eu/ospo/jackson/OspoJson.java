package eu.ospo.jackson;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.jackson.internal.Loaded;
import eu.ospo.jackson.internal.Metadata;
import eu.ospo.model.Governance;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.SourceMap;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.model.PublicCode;
import eu.ospo.yaml.YamlLimits;
import eu.ospo.yaml.internal.YamlLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * publiccode.yml and governance.yml as JSON, without exceptions: reading returns the same {@link
 * PubliccodeResult} and {@link GovernanceResult} as parsing the YAML files, with the same checks and
 * problem codes; writing gives JSON with exactly the files' keys. Immutable and thread-safe.
 *
 * <pre>{@code
 * OspoJson json = OspoJson.defaults();
 * PubliccodeResult result = json.readPubliccode(requestBody); // never throws for bad content
 * result.problems().forEach(p -> System.out.println(p.arguments().get(OspoJson.POINTER) + " " + p.code()));
 * String text = json.write(result.publicCode().orElseThrow());
 * }</pre>
 *
 * <p><b>Where problems are.</b> Every problem read from JSON has the {@link #POINTER} argument: the
 * RFC 6901 JSON pointer of the value it is about ({@code /description/en/shortDescription}; for a
 * missing key, the object that lacks it). Text input also keeps the JSON text's line and column;
 * a tree ({@link JsonNode}) has no lines, so its problems have line and column 0 and the pointer
 * alone says where. The {@code key} is the files' dotted key path, as for YAML.
 *
 * <p><b>Problem codes.</b> Those of the YAML files, plus {@value #SYNTAX} for text that is not
 * well-formed JSON. Limits ({@code yaml.limit}: size, depth, node count) and duplicate keys ({@code
 * yaml.duplicate-key}) are the YAML layer's, applied to JSON.
 */
public final class OspoJson {

    /** The problem argument holding the JSON pointer of where the problem is. */
    public static final String POINTER = Loaded.POINTER;

    /** Problem code: the text is not well-formed JSON (or has content after the value). */
    public static final String SYNTAX = "json.syntax";

    private static final OspoJson DEFAULTS = builder().build();

    private final PubliccodeParser publiccodeParser;
    private final GovernanceParser governanceParser;
    private final OspoModule module;
    private final JsonMapper mapper;

    private OspoJson(Builder builder) {
        this.publiccodeParser = builder.publiccodeParser;
        this.governanceParser = builder.governanceParser;
        this.module = new OspoModule(publiccodeParser, governanceParser);
        this.mapper = JsonMapper.builder()
                .addModule(module)
                // trees keep decimals exactly as written (0.10 stays 0.10)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /**
     * The instance with default parsers.
     *
     * @return the shared default instance
     */
    public static OspoJson defaults() {
        return DEFAULTS;
    }

    /**
     * A builder, to use parsers with other settings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The Jackson module with this instance's parsers, to register on your own mapper.
     *
     * @return the module
     */
    public OspoModule module() {
        return module;
    }

    /**
     * A mapper with {@link #module()} registered: pretty-printed output, exact decimals in trees.
     *
     * @return the mapper
     */
    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * Reads a publiccode.yml given as JSON text.
     *
     * @param json the JSON
     * @return the result, as {@link PubliccodeParser#parse(String)} gives for YAML
     */
    public PubliccodeResult readPubliccode(String json) {
        return readPubliccode(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a publiccode.yml given as JSON bytes (UTF-8, or UTF-16/32 with the encoding detected).
     *
     * @param json the JSON
     * @return the result
     */
    public PubliccodeResult readPubliccode(byte[] json) {
        return text(json, publiccodeParser.limits(), this::publiccode, PubliccodeResult::problems, OspoJson::failed);
    }

    /**
     * Reads a publiccode.yml given as a JSON tree (problems have pointers, no lines).
     *
     * @param tree the tree
     * @return the result
     */
    public PubliccodeResult readPubliccode(JsonNode tree) {
        try (JsonParser parser = mapper.treeAsTokens(tree)) {
            return publiccode(parser);
        }
    }

    /**
     * Reads a governance.yml given as JSON text.
     *
     * @param json the JSON
     * @return the result, as {@link GovernanceParser#parse(String)} gives for YAML
     */
    public GovernanceResult readGovernance(String json) {
        return readGovernance(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a governance.yml given as JSON bytes.
     *
     * @param json the JSON
     * @return the result
     */
    public GovernanceResult readGovernance(byte[] json) {
        return text(
                json,
                governanceParser.limits(),
                this::governance,
                GovernanceResult::problems,
                problems -> new GovernanceResult(Optional.empty(), problems, SourceMap.empty()));
    }

    /**
     * Reads a governance.yml given as a JSON tree (problems have pointers, no lines).
     *
     * @param tree the tree
     * @return the result
     */
    public GovernanceResult readGovernance(JsonNode tree) {
        try (JsonParser parser = mapper.treeAsTokens(tree)) {
            return governance(parser);
        }
    }

    /**
     * A publiccode.yml model as JSON with the file's keys, pretty-printed. It declares the model's
     * own {@code publiccodeYmlVersion}.
     *
     * @param publicCode the model
     * @return the JSON
     */
    public String write(PublicCode publicCode) {
        return mapper.writeValueAsString(Objects.requireNonNull(publicCode, "publicCode"));
    }

    /**
     * A governance.yml model as JSON with the file's keys, pretty-printed.
     *
     * @param governance the model
     * @return the JSON
     */
    public String write(Governance governance) {
        return mapper.writeValueAsString(Objects.requireNonNull(governance, "governance"));
    }

    private PubliccodeResult publiccode(JsonParser parser) {
        return Metadata.publiccode(publiccodeParser, parser);
    }

    private GovernanceResult governance(JsonParser parser) {
        return Metadata.governance(governanceParser, parser);
    }

    private static PubliccodeResult failed(List<Problem> problems) {
        return new PubliccodeResult(Optional.empty(), problems, SourceMap.empty());
    }

    /**
     * Reads text: the size limit first, then one JSON value and nothing after it; syntax errors are
     * problems, not exceptions.
     */
    private <R> R text(
            byte[] json,
            YamlLimits limits,
            Function<JsonParser, R> read,
            Function<R, List<Problem>> problemsOf,
            Function<List<Problem>, R> failed) {
        if (json.length > limits.maxBytes()) {
            return failed.apply(List.of(problem(
                    YamlLoader.LIMIT,
                    TokenStreamLocation.NA,
                    "file is larger than the limit of " + limits.maxBytes() + " bytes",
                    Map.of("limit", "maxBytes", "value", Integer.toString(limits.maxBytes())))));
        }
        try (JsonParser parser = mapper.createParser(json)) {
            R result = read.apply(parser);
            if (parser.nextToken() == null) {
                return result;
            }
            List<Problem> problems = new ArrayList<>(problemsOf.apply(result));
            problems.add(problem(
                    SYNTAX, parser.currentTokenLocation(), "not valid JSON: content after the value", Map.of()));
            return failed.apply(problems);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation() == null ? TokenStreamLocation.NA : e.getLocation();
            return failed.apply(List.of(problem(SYNTAX, at, "not valid JSON: " + e.getOriginalMessage(), Map.of())));
        }
    }

    private static Problem problem(String code, TokenStreamLocation at, String message, Map<String, String> arguments) {
        Map<String, String> withPointer = new java.util.LinkedHashMap<>(arguments);
        withPointer.put(POINTER, "");
        return new Problem(
                code,
                Severity.ERROR,
                "",
                Math.max(at.getLineNr(), 0),
                Math.max(at.getColumnNr(), 0),
                message,
                withPointer);
    }

    /** Which parsers (and so which limits, base directory and file checks) reading uses. */
    public static final class Builder {
        private PubliccodeParser publiccodeParser = PubliccodeParser.builder().build();
        private GovernanceParser governanceParser = GovernanceParser.builder().build();

        private Builder() {}

        /**
         * The publiccode.yml parser (default: {@code PubliccodeParser.builder().build()}).
         *
         * @param parser the parser
         * @return this builder
         */
        public Builder publiccodeParser(PubliccodeParser parser) {
            this.publiccodeParser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * The governance.yml parser (default: {@code GovernanceParser.builder().build()}).
         *
         * @param parser the parser
         * @return this builder
         */
        public Builder governanceParser(GovernanceParser parser) {
            this.governanceParser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * Builds the instance.
         *
         * @return the instance
         */
        public OspoJson build() {
            return new OspoJson(this);
        }
    }
}
