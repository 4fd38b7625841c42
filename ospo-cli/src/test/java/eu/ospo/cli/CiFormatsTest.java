package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line in CI: standard input as a FILE, several DIRs, every report format on {@code ospo
 * check}, {@code --ruleset} on it, SARIF results and GitHub annotations for file problems, {@code
 * --quiet}, and problems sorted by file, line and column.
 */
class CiFormatsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void aDashReadsPubliccodeYmlFromStandardInput() {
        Cli.Run run = withStdin(Fixtures.INVALID, () -> Cli.run("publiccode", "validate", "-"));

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("-:" + Fixtures.DEVELOPMENT_STATUS_LINE + ":")
                .contains("-: invalid (1 error)");
    }

    @Test
    void aDashCanBeGivenOnlyOnce() {
        Cli.Run run = withStdin(Fixtures.VALID, () -> Cli.run("publiccode", "validate", "-", "-"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("can be given once");
    }

    @Test
    void validateWritesSarifResultsAndGithubAnnotations() throws Exception {
        Path file = Fixtures.write(dir.resolve("publiccode.yml"), Fixtures.INVALID_WITH_WARNING);

        Cli.Run sarif = Cli.run("publiccode", "validate", "--format", "sarif", file.toString());
        Cli.Run github = Cli.run("publiccode", "validate", "--format", "github", file.toString());

        assertThat(sarif.exit()).isEqualTo(1);
        JsonNode run = JSON.readTree(sarif.out()).get("runs").get(0);
        assertThat(run.get("results").size()).isEqualTo(2);
        JsonNode error = run.get("results").get(0); // line 6, before the warning's line 19
        assertThat(error.get("level").asString()).isEqualTo("error");
        JsonNode physical = error.get("locations").get(0).get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo(file.toString());
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(Fixtures.DEVELOPMENT_STATUS_LINE);
        assertThat(run.get("properties").has("ruleset")).isFalse();

        assertThat(github.exit()).isEqualTo(1);
        List<String> lines = github.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .startsWith("::error file=" + file + ",line=" + Fixtures.DEVELOPMENT_STATUS_LINE + ",col=")
                .contains(",title=")
                .contains("::developmentStatus: ");
        assertThat(lines.get(1)).startsWith("::warning file=" + file + ",line=19,");
        assertThat(lines.get(2)).isEqualTo("ospo: failed (1 error, 1 warning)");
    }

    @Test
    void quietValidatePrintsOnlyErrorsAndNothingOnSuccess() {
        Path valid = Fixtures.write(dir.resolve("valid.yml"), Fixtures.WITH_WARNING);
        Path invalid = Fixtures.write(dir.resolve("invalid.yml"), Fixtures.INVALID_WITH_WARNING);

        Cli.Run passing = Cli.run("publiccode", "validate", "--quiet", valid.toString());
        Cli.Run failing = Cli.run("publiccode", "validate", "-q", valid.toString(), invalid.toString());
        Cli.Run github = Cli.run("publiccode", "validate", "--quiet", "--format", "github", valid.toString());

        assertThat(passing.exit()).isZero();
        assertThat(passing.out()).isEmpty();
        assertThat(github.exit()).isZero();
        assertThat(github.out()).isEmpty();
        assertThat(failing.exit()).isEqualTo(1);
        assertThat(failing.out().lines().toList())
                .singleElement()
                .asString()
                .startsWith(invalid + ":" + Fixtures.DEVELOPMENT_STATUS_LINE + ":")
                .contains(": error: ");
    }

    @Test
    void checkTakesSeveralDirectoriesInOneReport() throws Exception {
        Path good = Examples.copy(dir.resolve("good"));
        Path bad = Examples.copy(dir.resolve("bad"));
        Examples.edit(bad.resolve("governance.yml"), "maintenanceType: community", "maintenanceType: internal");

        Cli.Run text = Cli.runOn(Examples.DOCS_DATE, "check", good.toString(), bad.toString());
        Cli.Run sarif = Cli.runOn(Examples.DOCS_DATE, "check", "--format", "sarif", good.toString(), bad.toString());

        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains("ospo check: " + good).contains("ospo check: " + bad);
        assertThat(sarif.exit()).isEqualTo(1);
        List<String> uris = new ArrayList<>();
        for (JsonNode result : JSON.readTree(sarif.out()).get("runs").get(0).get("results")) {
            if (result.get("ruleId").asString().equals("XF-PROJECT-LINKED")) {
                uris.add(result.get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString());
            }
        }
        assertThat(uris).containsExactly(bad.toString().replace('\\', '/') + "/governance.yml");
    }

    @Test
    void checkWritesFileProblemsAsSarifResultsRelativeToTheDirectory() throws Exception {
        Fixtures.write(dir.resolve("publiccode.yml"), Fixtures.INVALID);
        Fixtures.write(dir.resolve("governance.yml"), "governanceYmlVersion: \"0.1\"\ncommunity: [not, a, mapping]\n");

        Cli.Run run = Cli.runOn(Examples.DOCS_DATE, "check", "--format", "sarif", dir.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        JsonNode log = JSON.readTree(run.out()).get("runs").get(0);
        assertThat(log.get("invocations").get(0).has("toolExecutionNotifications"))
                .isFalse();
        List<String> places = new ArrayList<>();
        for (JsonNode result : log.get("results")) {
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            JsonNode region = physical.get("region");
            places.add(physical.get("artifactLocation").get("uri").asString() + ":"
                    + (region == null ? 0 : region.get("startLine").asInt()));
        }
        assertThat(places)
                .contains("governance.yml:2", "publiccode.yml:" + Fixtures.DEVELOPMENT_STATUS_LINE)
                .isSortedAccordingTo((a, b) -> a.split(":")[0].compareTo(b.split(":")[0]));
    }

    @Test
    void checkWritesGithubAnnotationsSortedAndEscaped() {
        Path repo = Examples.copy(dir.resolve("repo"));
        Examples.edit(repo.resolve("governance.yml"), "maintenanceType: community", "maintenanceType: internal");
        // a deprecated key (a warning, so the rules still compare with publiccode.yml) with a value to escape
        Examples.edit(repo.resolve("publiccode.yml"), "\nlegal:\n", "\nlegal:\n  repoOwner: \"a,b:c%\"\n");

        Cli.Run run = Cli.runOn(Examples.DOCS_DATE, "check", "--format", "github", repo.toString());

        assertThat(run.exit()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        List<String> commands = lines.stream().filter(l -> l.startsWith("::")).toList();
        assertThat(commands)
                .allMatch(l ->
                        l.matches("::(error|warning|notice) file=[^,:]+(,line=\\d+(,col=\\d+)?)?,title=[^,:]+::.*"));
        assertThat(commands)
                .anyMatch(l ->
                        l.startsWith("::error file=governance.yml,line=") && l.contains("title=XF-PROJECT-LINKED::"));
        assertThat(commands)
                .anyMatch(l -> l.startsWith("::warning file=publiccode.yml,line=")
                        && l.contains("title=field.deprecated::legal.repoOwner: "));
        List<String> files = commands.stream()
                .map(l -> l.substring(l.indexOf("file=") + 5, l.indexOf(',')))
                .toList();
        assertThat(files).isSorted();
        assertThat(lines.get(lines.size() - 1)).startsWith("ospo: failed (");
    }

    @Test
    void checkTakesARulesetAlsoFromStandardInput() {
        Path repo = Examples.copy(dir.resolve("repo"));
        Examples.edit(repo.resolve("governance.yml"), "maintenanceType: community", "maintenanceType: internal");
        String ruleset = """
                rulesetVersion: "0.1"
                name: lenient
                extends: default
                rules:
                  XF-PROJECT-LINKED:
                    level: off
                """;
        Path file = Fixtures.write(dir.resolve("lenient.yml"), ruleset);

        Cli.Run strict = Cli.runOn(Examples.DOCS_DATE, "check", "--format", "json", repo.toString());
        Cli.Run lenient = Cli.runOn(
                Examples.DOCS_DATE, "check", "--ruleset", file.toString(), "--format", "json", repo.toString());
        Cli.Run piped =
                withStdin(ruleset, () -> Cli.runOn(Examples.DOCS_DATE, "check", "--ruleset", "-", repo.toString()));

        assertThat(strict.exit()).isEqualTo(1);
        assertThat(lenient.exit()).as(lenient.err()).isZero();
        assertThat(lenient.out())
                .contains("\"ruleset\" : \"lenient\"")
                .doesNotContain("XF-PROJECT-LINKED\",\n    \"severity\" : \"error\",\n    \"status\" : \"fail\"");
        assertThat(piped.exit()).as(piped.err()).isZero();
        assertThat(piped.out()).contains("with ruleset lenient");
    }

    @Test
    void quietCheckPrintsOnlyFailures() {
        Path good = Examples.copy(dir.resolve("good"));
        Path bad = Examples.copy(dir.resolve("bad"));
        Examples.edit(bad.resolve("governance.yml"), "maintenanceType: community", "maintenanceType: internal");

        for (String format : List.of("text", "markdown", "github")) {
            Cli.Run passing = Cli.runOn(Examples.DOCS_DATE, "check", "--quiet", "--format", format, good.toString());
            assertThat(passing.exit()).isZero();
            assertThat(passing.out()).as(format).isEmpty();
        }
        Cli.Run text = Cli.runOn(Examples.DOCS_DATE, "check", "-q", bad.toString());
        Cli.Run github = Cli.runOn(Examples.DOCS_DATE, "check", "-q", "--format", "github", bad.toString());
        Cli.Run governance =
                Cli.runOn(Examples.DOCS_DATE, "governance", "check", "-q", "--format", "github", bad.toString());

        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out().lines().toList())
                .singleElement()
                .asString()
                .startsWith(bad.resolve("governance.yml") + ":")
                .endsWith("[XF-PROJECT-LINKED]");
        assertThat(github.out().lines().toList())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("::error file=governance.yml,");
        assertThat(governance.exit()).isEqualTo(1);
        assertThat(governance.out()).isEqualTo(github.out());
    }

    private static Cli.Run withStdin(String content, Supplier<Cli.Run> run) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(saved);
        }
    }
}
