package eu.ospo.governance.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.groups.Tuple.tuple;

import eu.ospo.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Where the forges look, what each prose file yields, and what is never read. */
class RepositoryFilesTest {

    @TempDir
    Path repository;

    private void write(String path, String text) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void githubReadsTheFirstCodeOwnersOfItsOrderAndSaysWhichAreIgnored() throws IOException {
        write(".github/CODEOWNERS", "* @from-github-folder\n");
        write("CODEOWNERS", "* @from-root\n");
        write(".gitlab/CODEOWNERS", "* @from-gitlab-folder\n");
        RepositoryFiles files = RepositoryFiles.read(repository);
        assertThat(files.forge()).isEqualTo(Forge.GITHUB);
        RepositoryFile<CodeOwners> used = files.codeOwners().orElseThrow();
        assertThat(used.path()).isEqualTo(".github/CODEOWNERS");
        assertThat(used.model().orElseThrow().ownersOf("x").owners())
                .extracting(CodeOwner::token)
                .containsExactly("@from-github-folder");
        assertThat(used.problems())
                .extracting(Problem::code, p -> p.arguments().get("ignored"))
                .containsExactly(
                        tuple("codeowners.ignored-file", "CODEOWNERS"),
                        tuple("codeowners.ignored-file", ".gitlab/CODEOWNERS"));
    }

    @Test
    void gitlabIsGuessedAndReadsRootFirst() throws IOException {
        write(".gitlab-ci.yml", "stages: [test]\n");
        write("docs/CODEOWNERS", "[Docs]\n* @docs\n");
        write("CODEOWNERS", "[Core]\n* @core\n");
        RepositoryFiles files = RepositoryFiles.read(repository);
        assertThat(files.forge()).isEqualTo(Forge.GITLAB);
        assertThat(files.codeOwners().orElseThrow().path()).isEqualTo("CODEOWNERS");
        assertThat(RepositoryFiles.read(repository, Forge.GITHUB)
                        .codeOwners()
                        .orElseThrow()
                        .errors())
                .extracting(Problem::code)
                .containsExactly("codeowners.unsupported-syntax");
    }

    @Test
    void aCodeOwnersWhereTheForgeDoesNotLookHasNoEffect() throws IOException {
        write(".gitlab/CODEOWNERS", "* @x\n");
        write(".github/workflows/ci.yml", "on: push\n");
        RepositoryFile<CodeOwners> file =
                RepositoryFiles.read(repository).codeOwners().orElseThrow();
        assertThat(file.model()).isEmpty();
        assertThat(file.errors()).extracting(Problem::code).containsExactly("codeowners.ignored-file");
    }

    @Test
    void communityFilesAreFoundWithoutCaseWithUsualExtensionsInTheForgesFolders() throws IOException {
        write(".github/security.md", "# Security\n\nReport to security@utrecht.example.\n");
        write("docs/Contributing.rst", "Contributing\n============\n\nSee https://example.org/guide.\n");
        write("CONTRIBUTING.txt.bak", "not this one");
        write("Governance.MD", "# Governance\n## Decision making\n## Voting\n");
        write("CODE-OF-CONDUCT.md", "# Code of conduct\n");
        write("CHANGELOG.md", "# 1.0\n");
        write("publiccode.yml", "publiccodeYmlVersion: \"0\"\n");
        write("SECURITY-INSIGHTS.yml", "header:\n  schema-version: 2.0.0\n  last-reviewed: 2025-01-10\n");
        RepositoryFiles files = RepositoryFiles.read(repository);
        assertThat(files.securityPolicy().orElseThrow().path()).isEqualTo(".github/security.md");
        assertThat(files.contributing().orElseThrow().path()).isEqualTo("docs/Contributing.rst");
        assertThat(files.contributing().orElseThrow().model().orElseThrow().headings())
                .extracting(Heading::line, Heading::text)
                .containsExactly(tuple(1, "Contributing"));
        assertThat(files.governanceDocument()
                        .orElseThrow()
                        .model()
                        .orElseThrow()
                        .hasHeadingWith("vot"))
                .isTrue();
        assertThat(files.codeOfConduct().orElseThrow().path()).isEqualTo("CODE-OF-CONDUCT.md");
        assertThat(files.releaseNotes()).contains("CHANGELOG.md");
        assertThat(files.publiccode()).contains("publiccode.yml");
        assertThat(files.securityInsights().orElseThrow().model().orElseThrow().lastReviewed())
                .contains(java.time.LocalDate.of(2025, 1, 10));
        assertThat(files.tree().paths()).contains("docs/Contributing.rst", "CONTRIBUTING.txt.bak");
        assertThat(files.tree().complete()).isTrue();
    }

    @Test
    void theGitFolderIsNotListed() throws IOException {
        write(".git/config", "[core]\n");
        write("src/a.txt", "a");
        assertThat(RepositoryFiles.read(repository).tree().paths()).containsExactly("src/a.txt");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoIsNeverOpened() throws Exception {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder(
                            "mkfifo", repository.resolve("SECURITY.md").toString())
                    .start();
        } catch (IOException e) {
            assumeThat(false).as("mkfifo is not available").isTrue();
            return;
        }
        assumeThat(mkfifo.waitFor()).as("mkfifo worked").isZero();
        RepositoryFiles files = RepositoryFiles.read(repository);
        assertThat(files.securityPolicy()).isEmpty();
    }

    @Test
    void aLinkLeadingOutsideTheRepositoryIsNotFollowed(@TempDir Path outside) throws IOException {
        Path secret = outside.resolve("secret.txt");
        Files.writeString(secret, "# Security\nsecret@elsewhere.example\n");
        try {
            Files.createSymbolicLink(repository.resolve("SECURITY.md"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links are not supported here").isTrue();
        }
        assertThat(RepositoryFiles.read(repository).securityPolicy()).isEmpty();
    }

    @Test
    void oversizedAndNonUtf8Files() throws IOException {
        Files.write(repository.resolve("CODEOWNERS"), new byte[3 * 1024 * 1024 + 1]);
        Files.write(repository.resolve("SECURITY.md"), new byte[] {'a', '\n', 'b', (byte) 0xFF, 'c', '\n'});
        RepositoryFiles files = RepositoryFiles.read(repository);
        assertThat(files.codeOwners().orElseThrow().model()).isEmpty();
        assertThat(files.codeOwners().orElseThrow().errors())
                .extracting(Problem::code)
                .containsExactly("codeowners.too-large");
        assertThat(files.securityPolicy().orElseThrow().warnings())
                .extracting(Problem::code, Problem::line, Problem::column)
                .containsExactly(tuple("file.encoding", 2, 2));
        assertThat(files.hasErrors()).isTrue();
    }

    @Test
    void nothingFound() throws IOException {
        RepositoryFiles files = RepositoryFiles.read(repository);
        assertThat(files.all()).isEmpty();
        assertThat(files.hasErrors()).isFalse();
        assertThat(files)
                .isEqualTo(new RepositoryFiles(
                        Forge.GITHUB,
                        Optional.empty(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        new FileTree(List.of(), true)));
        assertThat(RepositoryFiles.none(Forge.GITLAB).tree()).isEqualTo(FileTree.UNKNOWN);
    }
}
