package eu.ospo.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends:} naming another ruleset file (an OSPO's) by path: merging, confinement, cycles, depth. */
class RulesetExtendsTest {

    private static final String VERSION = "rulesetVersion: \"0.1\"\n";

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String problems(RulesetResult result) {
        return String.join(
                "\n",
                result.problems().stream()
                        .map(p -> p.code() + " " + p.key() + " " + p.line() + ":" + p.column())
                        .toList());
    }

    @Test
    void aProjectRulesetExtendsTheOsposRulesetAndWinsWhereItSaysSomething(@TempDir Path repository) throws IOException {
        write(repository.resolve("ospo/baseline.yml"), VERSION + """
                name: ospo-baseline
                extends: default
                parameters:
                  fteBasis: 1720
                rules:
                  DIV-ORG-COUNT: {level: off}
                  AGR-MIN-CAPACITY: {level: error, parameters: {high: 1.0, low: 0.10}}
                  TEAM-TENURE: {parameters: {months: 18}}
                """);
        Path project = write(repository.resolve("project/ruleset.yml"), VERSION + """
                name: permits
                extends: ../ospo/baseline.yml
                parameters:
                  fteBasis: 1600
                rules:
                  AGR-MIN-CAPACITY: {parameters: {low: 0.2}}
                  DIV-ORG-COUNT: {level: warning}
                """);
        RulesetResult result = Ruleset.parse(project, repository);
        assertThat(result.problems()).isEmpty();
        Ruleset ruleset = result.ruleset().orElseThrow();
        assertThat(ruleset.name()).isEqualTo("permits");
        assertThat(ruleset.commonParameters()).containsExactly(Map.entry("fteBasis", "1600"));
        assertThat(ruleset.settings("DIV-ORG-COUNT").level()).contains(Level.WARNING);
        assertThat(ruleset.settings("AGR-MIN-CAPACITY"))
                .isEqualTo(new Ruleset.RuleSettings(Optional.of(Level.ERROR), Map.of("high", "1.0", "low", "0.2")));
        assertThat(ruleset.settings("TEAM-TENURE").parameters()).containsExactly(Map.entry("months", "18"));

        GovernanceRules engine = GovernanceRules.builder().ruleset(ruleset).build();
        assertThat(engine.level("AGR-MIN-CAPACITY")).isEqualTo(Level.ERROR);
        assertThat(engine.parameters("TEAM-TENURE").text("months")).isEqualTo("18");
        assertThat(engine.parameters("DIV-BUS-FACTOR").text("fteBasis")).isEqualTo("1600");
    }

    @Test
    void aChainIsReadToTheEndAndTheNearestFileWins(@TempDir Path repository) throws IOException {
        write(repository.resolve("a.yml"), VERSION + "rules:\n  META-STALE: {level: error, parameters: {months: 6}}\n");
        write(
                repository.resolve("rulesets/b.yml"),
                VERSION + "extends: ../a.yml\nrules:\n  META-STALE: {level: info}\n");
        Path c = write(repository.resolve("rulesets/c.yml"), VERSION + "extends: b.yml\n");
        Ruleset ruleset = Ruleset.parse(c, repository).ruleset().orElseThrow();
        assertThat(ruleset.settings("META-STALE"))
                .isEqualTo(new Ruleset.RuleSettings(Optional.of(Level.INFO), Map.of("months", "6")));
        assertThat(ruleset.name()).isEqualTo("c.yml");
    }

    @Test
    void withoutABaseDirectoryTheFilesOwnDirectoryConfines(@TempDir Path repository) throws IOException {
        write(repository.resolve("ospo/baseline.yml"), VERSION);
        Path project = write(repository.resolve("project/ruleset.yml"), VERSION + "extends: ../ospo/baseline.yml\n");
        RulesetResult result = Ruleset.parse(project);
        assertThat(problems(result)).isEqualTo("file.outside-base extends 2:10");
        assertThat(result.ruleset()).isEmpty();
        assertThat(Ruleset.parse(project, repository).problems()).isEmpty();
    }

    @Test
    void pathsThatLeaveTheBaseAreNeverOpened(@TempDir Path root) throws IOException {
        Path repository = root.resolve("repository");
        Path secret = write(root.resolve("secret.yml"), "rulesetVersion: [ broken\n");
        Path ruleset = write(repository.resolve("ruleset.yml"), VERSION + "extends: ../secret.yml\n");
        RulesetResult outside = Ruleset.parse(ruleset, repository);
        assertThat(problems(outside)).isEqualTo("file.outside-base extends 2:10");
        assertThat(outside.problems().get(0).message())
                .isEqualTo("extends '../secret.yml' is outside the base directory: an extended ruleset must stay"
                        + " inside repository");
        // the same answer whether or not the target exists: nothing is told about files outside
        write(ruleset, VERSION + "extends: ../absent.yml\n");
        assertThat(problems(Ruleset.parse(ruleset, repository))).isEqualTo("file.outside-base extends 2:10");

        Path link = repository.resolve("linked.yml");
        try {
            Files.createSymbolicLink(link, secret);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links are not supported here").isTrue();
        }
        write(ruleset, VERSION + "extends: linked.yml\n");
        assertThat(problems(Ruleset.parse(ruleset, repository))).isEqualTo("file.outside-base extends 2:10");
        Files.createSymbolicLink(repository.resolve("out"), root);
        write(ruleset, VERSION + "extends: out/absent.yml\n");
        assertThat(problems(Ruleset.parse(ruleset, repository))).isEqualTo("file.outside-base extends 2:10");
    }

    @Test
    void onlyRelativePathsToRegularFilesAreRead(@TempDir Path repository) throws IOException {
        Path ruleset = repository.resolve("ruleset.yml");
        Files.createDirectories(repository.resolve("folder.yml"));
        Map<String, String> expected = Map.of(
                "/etc/ospo.yml", "file.absolute-path",
                "file:///etc/ospo.yml", "file.file-url",
                "https://ospo.example.org/baseline.yml", "ruleset.extends-url",
                "missing.yml", "file.missing",
                "folder.yml", "file.not-regular",
                "\"\"", "value.not-allowed");
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            write(ruleset, VERSION + "extends: " + entry.getKey() + "\n");
            RulesetResult result = Ruleset.parse(ruleset, repository);
            assertThat(problems(result)).as(entry.getKey()).isEqualTo(entry.getValue() + " extends 2:10");
            assertThat(result.problems()).allMatch(Problem::isError);
            assertThat(result.problems().get(0).message()).doesNotContain(repository.toString());
        }
    }

    @Test
    void aCycleIsReportedWhereItCloses(@TempDir Path repository) throws IOException {
        Path a = write(repository.resolve("a.yml"), VERSION + "extends: rulesets/b.yml\n");
        write(repository.resolve("rulesets/b.yml"), VERSION + "# b\nextends: ../a.yml\n");
        RulesetResult result = Ruleset.parse(a, repository);
        assertThat(problems(result)).isEqualTo("ruleset.extends-cycle extends 2:10");
        Problem cycle = result.problems().get(0);
        assertThat(cycle.message())
                .isEqualTo("in rulesets/b.yml at 3:10 (extends): extends '../a.yml' closes a cycle:"
                        + " a.yml -> rulesets/b.yml -> a.yml");
        assertThat(cycle.arguments())
                .containsEntry("file", "rulesets/b.yml")
                .containsEntry("line", "3")
                .containsEntry("column", "10")
                .containsEntry("key", "extends");

        Path self = write(repository.resolve("self.yml"), VERSION + "extends: ./self.yml\n");
        assertThat(Ruleset.parse(self, repository).problems())
                .extracting(Problem::code, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "ruleset.extends-cycle", "extends './self.yml' closes a cycle: self.yml -> self.yml"));
    }

    @Test
    void chainsAreAtMostTheDocumentedDepth(@TempDir Path repository) throws IOException {
        int depth = Ruleset.MAX_EXTENDS_DEPTH;
        for (int i = 1; i <= depth + 1; i++) {
            String extendsLine = i == depth + 1 ? "extends: default\n" : "extends: r" + (i + 1) + ".yml\n";
            write(
                    repository.resolve("r" + i + ".yml"),
                    VERSION + extendsLine + "rules:\n  META-STALE: {parameters: {months: " + i + "}}\n");
        }
        // r2 .. r9: eight files, the limit
        RulesetResult longest = Ruleset.parse(repository.resolve("r2.yml"), repository);
        assertThat(longest.problems()).isEmpty();
        assertThat(longest.ruleset().orElseThrow().settings("META-STALE").parameters())
                .containsExactly(Map.entry("months", "2"));
        // r1 .. r9: nine files, one too many; reported where the ninth is named, and at the top
        RulesetResult tooLong = Ruleset.parse(repository.resolve("r1.yml"), repository);
        assertThat(problems(tooLong)).isEqualTo("ruleset.extends-depth extends 2:10");
        assertThat(tooLong.problems().get(0).arguments())
                .containsEntry("file", "r8.yml")
                .containsEntry("path", "r9.yml")
                .containsEntry("limit", Integer.toString(depth));
        assertThat(tooLong.ruleset()).isEmpty();
    }

    @Test
    void problemsOfTheExtendedFileAreReportedAtExtendsWithTheirOwnCodes(@TempDir Path repository) throws IOException {
        write(
                repository.resolve("ospo.yml"),
                VERSION + "rules:\n  NO-SUCH-RULE: {level: error}\n  META-STALE: {level: loud}\n");
        Path project = write(repository.resolve("project.yml"), VERSION + "name: p\nextends: ospo.yml\n");
        RulesetResult result = Ruleset.parse(project, repository);
        assertThat(problems(result)).isEqualTo("ruleset.unknown-rule extends 3:10\nvalue.not-allowed extends 3:10");
        assertThat(result.problems().get(0).message())
                .isEqualTo("in ospo.yml at 3:3 (rules.NO-SUCH-RULE): there is no rule with id NO-SUCH-RULE");
        assertThat(result.problems()).allMatch(p -> p.severity() == Severity.ERROR);
        assertThat(result.ruleset()).isEmpty();
    }

    @Test
    void textHasNoDirectorySoItCanOnlyExtendDefault() {
        assertThat(Ruleset.parse(VERSION + "extends: default\n").ruleset()).isPresent();
        RulesetResult result = Ruleset.parse(VERSION + "extends: ospo/baseline.yml\n");
        assertThat(result.problems()).extracting(Problem::code).isEqualTo(List.of("ruleset.extends-no-directory"));
    }
}
