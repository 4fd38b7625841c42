package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

    /** The last line of a text report without --network. */
    static final String OFFLINE = "note: online checks not run (URLs, code repository, remote logos and screenshots,"
            + " videos); add --network to run them";

    @TempDir
    Path dir;

    private String file(String name, String content) {
        return Fixtures.write(dir.resolve(name), content).toString();
    }

    @Test
    void validFileExitsZeroAndSaysValid() {
        String file = file("publiccode.yml", Fixtures.VALID);

        Cli.Run run = Cli.run("publiccode", "validate", file);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(file + ": valid" + System.lineSeparator() + OFFLINE + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void fileWithWarningsExitsZeroAndPrintsTheWarning() {
        String file = file("publiccode.yml", Fixtures.WITH_WARNING);

        Cli.Run run = Cli.run("publiccode", "validate", file);

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines())
                .anySatisfy(line -> assertThat(line).startsWith(file + ":").contains(": warning: legal.repoOwner: "))
                .noneSatisfy(line -> assertThat(line).contains(": error: "))
                .endsWith(file + ": valid (1 warning)", OFFLINE);
    }

    @Test
    void invalidFileExitsOneWithOneLinePerProblem() {
        String file = file("publiccode.yml", Fixtures.INVALID);

        Cli.Run run = Cli.run("publiccode", "validate", file);

        assertThat(run.exit()).isEqualTo(1);
        Pattern shape = Pattern.compile(Pattern.quote(file) + ":" + Fixtures.DEVELOPMENT_STATUS_LINE
                + ":\\d+: error: developmentStatus: \\S.*");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches(shape);
        assertThat(lines.get(1)).isEqualTo(file + ": invalid (1 error)");
        assertThat(lines.get(2)).isEqualTo(OFFLINE);
    }

    @Test
    void jsonOutputHasOneObjectPerFileWithFieldsInOrder() {
        String valid = file("valid.yml", Fixtures.VALID);
        String invalid = file("invalid.yml", Fixtures.INVALID_WITH_WARNING);

        Cli.Run run = Cli.run("publiccode", "validate", "--format", "json", valid, invalid);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.isArray()).isTrue();
        assertThat(root.size()).isEqualTo(2);

        JsonNode first = root.get(0);
        assertThat(names(first)).containsExactly("file", "valid", "problems");
        assertThat(first.get("file").asString()).isEqualTo(valid);
        assertThat(first.get("valid").isBoolean()).isTrue();
        assertThat(first.get("valid").asBoolean()).isTrue();
        assertThat(first.get("problems").isArray()).isTrue();
        assertThat(first.get("problems").size()).isZero();

        JsonNode second = root.get(1);
        assertThat(second.get("file").asString()).isEqualTo(invalid);
        assertThat(second.get("valid").asBoolean()).isFalse();
        JsonNode problems = second.get("problems");
        assertThat(problems.size()).isEqualTo(2);
        for (JsonNode problem : problems) {
            assertThat(names(problem)).containsExactly("type", "code", "key", "line", "column", "description");
            assertThat(problem.get("line").isInt()).isTrue();
            assertThat(problem.get("column").isInt()).isTrue();
            assertThat(problem.get("description").asString()).isNotBlank();
        }
        JsonNode error = find(problems, "developmentStatus");
        assertThat(error.get("type").asString()).isEqualTo("error");
        assertThat(error.get("code").asString()).isEqualTo("value.not-allowed");
        assertThat(error.get("line").asInt()).isEqualTo(Fixtures.DEVELOPMENT_STATUS_LINE);
        assertThat(error.get("column").asInt()).isPositive();
        JsonNode warning = find(problems, "legal.repoOwner");
        assertThat(warning.get("type").asString()).isEqualTo("warning");
        assertThat(warning.get("code").asString()).isEqualTo("field.deprecated");
    }

    @Test
    void textIsTheDefaultAndFormatIsCaseInsensitive() {
        String file = file("publiccode.yml", Fixtures.VALID);

        assertThat(Cli.run("publiccode", "validate", "--format", "TEXT", file).out())
                .isEqualTo(Cli.run("publiccode", "validate", file).out());
        assertThat(Cli.run("publiccode", "validate", "--format=Json", file).out())
                .startsWith("[");
    }

    @Test
    void missingFileExitsTwoNamingTheFileWithoutAStackTrace() {
        String missing = dir.resolve("nowhere.yml").toString();

        Cli.Run run = Cli.run("publiccode", "validate", missing);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ospo: " + missing + ": no such file" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingFileDoesNotStopTheOthersButTheStatusIsTwo() {
        String valid = file("publiccode.yml", Fixtures.VALID);
        String missing = dir.resolve("nowhere.yml").toString();

        Cli.Run run = Cli.run("publiccode", "validate", missing, valid);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(missing).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).contains(valid + ": valid");
    }

    @Test
    void aDirectoryIsAnInputError() {
        Cli.Run run = Cli.run("publiccode", "validate", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("ospo: " + dir + ": ").doesNotContain("Exception");
    }

    @Test
    void noFileIsAUsageError() {
        Cli.Run run = Cli.run("publiccode", "validate");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("FILE").contains("Usage:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownFormatIsAUsageError() {
        String file = file("publiccode.yml", Fixtures.VALID);

        Cli.Run run = Cli.run("publiccode", "validate", "--format", "xml", file);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("expected text, json, sarif or github but was 'xml'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void baseDirResolvesARelativeLogo() {
        String file = file("config/publiccode.yml", Fixtures.WITH_LOGO);
        Path assets =
                Fixtures.write(dir.resolve("assets/logo.svg"), Fixtures.SVG).getParent();

        Cli.Run besideTheFile = Cli.run("publiccode", "validate", file);
        Cli.Run withBaseDir = Cli.run("publiccode", "validate", "--base-dir", assets.toString(), file);

        assertThat(besideTheFile.exit()).isEqualTo(1);
        assertThat(besideTheFile.out()).contains(": error: logo: ");
        assertThat(withBaseDir.exit()).isZero();
        assertThat(withBaseDir.out())
                .isEqualTo(file + ": valid" + System.lineSeparator() + OFFLINE + System.lineSeparator());
    }

    @Test
    void relativeReferencesResolveBesideEachFileByDefault() {
        String file = file("repo/publiccode.yml", Fixtures.WITH_LOGO);
        Fixtures.write(dir.resolve("repo/logo.svg"), Fixtures.SVG);

        Cli.Run run = Cli.run("publiccode", "validate", file);

        assertThat(run.exit()).isZero();
    }

    @Test
    void missingBaseDirIsAnInputError() {
        String file = file("publiccode.yml", Fixtures.VALID);
        String nowhere = dir.resolve("nowhere").toString();

        Cli.Run run = Cli.run("publiccode", "validate", "--base-dir", nowhere, file);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(nowhere).contains("no such directory");
    }

    private static List<String> names(JsonNode node) {
        return node.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }

    private static JsonNode find(JsonNode problems, String key) {
        for (JsonNode problem : problems) {
            if (problem.get("key").asString().equals(key)) {
                return problem;
            }
        }
        throw new AssertionError("no problem with key " + key + " in " + problems);
    }
}
