package eu.ospo.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.GovernanceWriter;
import eu.ospo.model.Governance;
import eu.ospo.problem.Problem;
import eu.ospo.problem.ValidationResult;
import eu.ospo.publiccode.PublicCodeGenerators;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.PubliccodeWriter;
import eu.ospo.publiccode.SharedData;
import eu.ospo.publiccode.model.PublicCode;
import eu.ospo.testkit.Broken;
import eu.ospo.testkit.BrokenGovernance;
import eu.ospo.testkit.Communities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * YAML, model, JSON, model: equal models, the same problems. Over generated models (the
 * publiccode.yml generators and ospo-testkit's communities), ospo-testkit's broken variants, the
 * reference validator's conformance inputs and the real publiccode.yml corpus (both in
 * {@code ../shared}; skipped when absent).
 */
class RoundTripPropertiesTest {

    private static final PubliccodeParser PUBLICCODE =
            PubliccodeParser.builder().build();
    private static final GovernanceParser GOVERNANCE =
            GovernanceParser.builder().build();
    private final OspoJson json = OspoJson.defaults();
    private final JsonMapper mapper = json.mapper();

    /** What must agree between the YAML and the JSON reading of one document. */
    private static List<String> sameness(ValidationResult result) {
        return result.problems().stream()
                .map(p -> p.severity().label() + " " + p.code() + " " + p.key())
                .toList();
    }

    @Test
    void generatedPubliccodeModelsSurviveJson() {
        qt().withExamples(150)
                .forAll(PublicCodeGenerators.validWithDeprecated())
                .checkAssert(generated -> {
                    PubliccodeResult fromYaml = PUBLICCODE.parse(PubliccodeWriter.write(generated));
                    PublicCode model = fromYaml.publicCode().orElseThrow();

                    String text = json.write(model);
                    PubliccodeResult fromJson = json.readPubliccode(text);
                    PubliccodeResult fromTree = json.readPubliccode(mapper.readTree(text));

                    assertThat(fromJson.publicCode()).as(text).contains(model);
                    assertThat(fromTree.publicCode()).contains(model);
                    assertThat(sameness(fromJson)).isEqualTo(sameness(fromYaml));
                    assertThat(sameness(fromTree)).isEqualTo(sameness(fromYaml));
                });
    }

    @Test
    void generatedCommunitiesSurviveJson() {
        qt().withExamples(60).forAll(Communities.governance()).checkAssert(generated -> {
            GovernanceResult fromYaml = GOVERNANCE.parse(GovernanceWriter.write(generated));
            Governance model = fromYaml.governance().orElseThrow();

            String text = json.write(model);
            GovernanceResult fromJson = json.readGovernance(text);

            assertThat(fromJson.governance()).contains(model);
            assertThat(json.readGovernance(mapper.readTree(text)).governance()).contains(model);
            assertThat(sameness(fromJson)).isEqualTo(sameness(fromYaml));
        });
    }

    @Test
    void brokenCommunitiesGiveTheSameProblemsInJson() {
        qt().withExamples(80).forAll(Broken.any(Communities.governance())).checkAssert((BrokenGovernance broken) -> {
            String yaml = GovernanceWriter.write(broken.governance());
            GovernanceResult fromYaml = GOVERNANCE.parse(yaml);
            String text = YamlToJson.convert(yaml).orElseThrow();

            GovernanceResult fromJson = json.readGovernance(text);

            assertThat(sameness(fromJson)).as(broken.toString()).isEqualTo(sameness(fromYaml));
            assertThat(fromJson.problems())
                    .allSatisfy(p -> assertThat(p.arguments()).containsKey(OspoJson.POINTER));
        });
    }

    @Test
    void realCorpusSurvivesJson() throws IOException {
        Path corpus = SharedData.require("corpus/publiccode-real");
        Tally tally = compareAll(files(corpus));
        System.out.println("real corpus: " + tally);
        assertThat(tally.valid).as("valid files round-tripped").isGreaterThan(50);
        assertThat(tally.converted).as("files compared in JSON").isGreaterThan(250);
    }

    @Test
    void conformanceInputsGiveTheSameProblemsInJson() throws IOException {
        Path inputs = SharedData.require("conformance/publiccode/testdata");
        Tally tally = compareAll(files(inputs));
        System.out.println("conformance inputs: " + tally);
        assertThat(tally.converted).as("files compared in JSON").isGreaterThan(200);
        assertThat(tally.invalid).as("invalid files compared").isGreaterThan(100);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(
                            p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    /** How many files were compared, and how. */
    private static final class Tally {
        int files;
        int converted;
        int valid;
        int invalid;
        final List<String> skipped = new ArrayList<>();

        @Override
        public String toString() {
            return files + " files, " + converted + " compared in JSON (" + valid + " valid, " + invalid
                    + " with errors), " + skipped.size() + " not representable in JSON or not loadable YAML";
        }
    }

    private Tally compareAll(List<Path> files) throws IOException {
        Tally tally = new Tally();
        for (Path file : files) {
            tally.files++;
            byte[] yaml = Files.readAllBytes(file);
            PubliccodeResult fromYaml = PUBLICCODE.parse(yaml);
            Optional<String> converted = YamlToJson.convert(yaml);
            if (converted.isEmpty()) {
                tally.skipped.add(file.getFileName().toString());
                continue;
            }
            tally.converted++;
            PubliccodeResult fromJson = json.readPubliccode(converted.get());
            assertThat(sameness(fromJson)).as(file.toString()).isEqualTo(sameness(fromYaml));
            assertThat(fromJson.publicCode()).as(file.toString()).isEqualTo(fromYaml.publicCode());
            if (fromYaml.publicCode().isPresent()) {
                tally.valid++;
                PublicCode model = fromYaml.publicCode().get();
                PubliccodeResult back = json.readPubliccode(json.write(model));
                assertThat(back.publicCode()).as(file.toString()).contains(model);
            } else {
                tally.invalid++;
            }
            assertThat(fromJson.problems())
                    .extracting(Problem::arguments)
                    .allSatisfy(a -> assertThat(a).containsKey(OspoJson.POINTER));
        }
        return tally;
    }
}
