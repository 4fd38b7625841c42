package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A governance.yml whose only error is semantic (here a LEI with a wrong check digit) fails both
 * checks with exit status 1, and the rules still run: ORG-IDENTIFIERS reports the identifier, and
 * the example's other finding (AGR-EXPIRING) is still printed.
 */
class SemanticProblemsCliTest {

    private static final String LEI = "5493001KJTIIGC8Y1R13";

    @TempDir
    Path dir;

    private Path repository;

    @BeforeEach
    void wrongCheckDigit() {
        repository = Examples.copy(dir.resolve("repo"));
        Examples.edit(
                repository.resolve("governance.yml"),
                "        value: IT00000000011\n",
                "        value: IT00000000011\n      - scheme: lei\n        value: " + LEI + "\n");
    }

    @Test
    void ospoCheckReportsTheProblemAndTheFindings() {
        Cli.Run run = Cli.runOn(Examples.DOCS_DATE, "check", repository.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        List<String> governance = lines.subList(lines.indexOf("governance.yml"), lines.size());
        assertThat(governance)
                .anySatisfy(line -> assertThat(line).startsWith("  rules:   evaluated on 2026-12-01 "))
                .anySatisfy(line ->
                        assertThat(line).contains("organisations[0].identifiers[1].value: not a valid lei identifier"))
                .anySatisfy(line -> assertThat(line).contains(LEI).endsWith("[ORG-IDENTIFIERS]"))
                .anySatisfy(line -> assertThat(line).endsWith("[AGR-EXPIRING]"));
        assertThat(lines.get(lines.size() - 1)).startsWith("result: invalid (");
    }

    @Test
    void governanceCheckReportsTheProblemAndTheFindings() {
        Cli.Run run = Cli.runOn(Examples.DOCS_DATE, "governance", "check", repository.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "governance.yml:33:9: error: organisations[0].identifiers[1].value: not a valid lei identifier")
                .containsPattern("ERROR +FAIL +ORG-IDENTIFIERS: .*" + LEI)
                .containsPattern("WARNING +FAIL +AGR-EXPIRING: ")
                .containsPattern("\nresult: failed");
    }
}
