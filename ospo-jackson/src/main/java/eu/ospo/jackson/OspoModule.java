package eu.ospo.jackson;

import eu.ospo.Ospo;
import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.internal.write.GovernanceEmitter;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.jackson.internal.FindingJson;
import eu.ospo.jackson.internal.JsonEmitter;
import eu.ospo.jackson.internal.JsonLoader;
import eu.ospo.jackson.internal.Metadata;
import eu.ospo.jackson.internal.Read;
import eu.ospo.jackson.internal.ValidatingDeserializer;
import eu.ospo.jackson.internal.WritingSerializer;
import eu.ospo.model.Governance;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.internal.write.PubliccodeYamlWriter;
import eu.ospo.publiccode.model.PublicCode;
import eu.ospo.yaml.YamlLimits;
import java.util.Objects;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for ospo's types: {@link PublicCode} and {@link Governance} as JSON with
 * exactly the keys of publiccode.yml and governance.yml, {@link Finding} and {@link Evaluation} in
 * the shape of the JSON report. Reading goes through the same parsers as the YAML files, so the same
 * checks run; a value with errors throws {@link InvalidMetadataException} with every problem.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new OspoModule()).build();
 * String json = mapper.writeValueAsString(publicCode);
 * PublicCode back = mapper.readValue(json, PublicCode.class); // validated, or InvalidMetadataException
 * }</pre>
 *
 * <p>The model records carry no Jackson annotations; the module registers serializers and
 * deserializers for them, so nothing is read by reflection. Immutable and thread-safe.
 */
public final class OspoModule extends JacksonModule {

    private final PubliccodeParser publiccodeParser;
    private final GovernanceParser governanceParser;

    /** A module with default parsers (default limits; no base directory for relative files). */
    public OspoModule() {
        this(PubliccodeParser.builder().build(), GovernanceParser.builder().build());
    }

    /**
     * A module whose reading uses these parsers' settings (limits, base directory, file checks).
     *
     * @param publiccodeParser the publiccode.yml parser
     * @param governanceParser the governance.yml parser
     */
    public OspoModule(PubliccodeParser publiccodeParser, GovernanceParser governanceParser) {
        this.publiccodeParser = Objects.requireNonNull(publiccodeParser, "publiccodeParser");
        this.governanceParser = Objects.requireNonNull(governanceParser, "governanceParser");
    }

    @Override
    public String getModuleName() {
        return "ospo";
    }

    @Override
    public Version version() {
        return VersionUtil.parseVersion(Ospo.version(), "eu.ospo", "ospo-jackson");
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(
                PublicCode.class,
                new WritingSerializer<>(
                        PublicCode.class,
                        (value, out) -> JsonEmitter.write(
                                PubliccodeYamlWriter.tree(value, value.publiccodeYmlVersion()), out)));
        serializers.addSerializer(
                Governance.class,
                new WritingSerializer<>(
                        Governance.class, (value, out) -> JsonEmitter.write(GovernanceEmitter.tree(value), out)));
        serializers.addSerializer(Finding.class, new WritingSerializer<>(Finding.class, FindingJson::write));
        serializers.addSerializer(Evaluation.class, new WritingSerializer<>(Evaluation.class, FindingJson::write));
        context.addSerializers(serializers);

        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(
                PublicCode.class, new ValidatingDeserializer<>(PublicCode.class, "publiccode.yml", parser -> {
                    PubliccodeResult result = Metadata.publiccode(publiccodeParser, parser);
                    return new Read<>(result.publicCode(), result.problems());
                }));
        deserializers.addDeserializer(
                Governance.class, new ValidatingDeserializer<>(Governance.class, "governance.yml", parser -> {
                    GovernanceResult result = Metadata.governance(governanceParser, parser);
                    return new Read<>(result.governance(), result.problems());
                }));
        deserializers.addDeserializer(
                Finding.class,
                new ValidatingDeserializer<>(
                        Finding.class,
                        "finding",
                        parser -> FindingJson.readFinding(JsonLoader.load(parser, YamlLimits.DEFAULT))));
        deserializers.addDeserializer(
                Evaluation.class,
                new ValidatingDeserializer<>(
                        Evaluation.class,
                        "evaluation",
                        parser ->
                                FindingJson.readEvaluation(JsonLoader.load(parser, GovernanceParser.DEFAULT_LIMITS))));
        context.addDeserializers(deserializers);
    }
}
