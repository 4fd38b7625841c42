package eu.ospo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadRepositoryFilesTest {

    private static String run(Path repository, String path, List<String> expected) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertThat(ReadRepositoryFiles.owners(repository, path, out)).isEqualTo(expected);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theExampleRepositorysFilesAreValidAndOwnTheGovernanceFile() throws IOException {
        String output = run(
                Path.of("repositories", "shared-permits"),
                "governance.yml",
                List.of("@lbianchi", "@gverdi", "@aferri", "@mconti"));
        assertThat(output.lines())
                .contains(".gitlab/CODEOWNERS: VALID", "MAINTAINERS.md: VALID", "SECURITY.md: VALID", "LICENSE: VALID")
                .contains("maintainer: Luca Bianchi @lbianchi", "maintainer: Marco Conti @mconti");
    }

    @Test
    void theContradictingRepositoryShowsWhatGitLabIgnores() throws IOException {
        String output =
                run(Path.of("repositories", "contradicting-files"), "docs/index.md", List.of("@lbianchi", "@gverdi"));
        assertThat(output)
                .contains(".gitlab/CODEOWNERS: INVALID")
                .contains(".gitlab/CODEOWNERS:3:17: error: /docs/: `#` is not a valid owner")
                .contains("maintainer: Ezio Esterno @ext-dev")
                .doesNotContain("Pietro Passato");
    }
}
