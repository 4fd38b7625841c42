package eu.ospo.publiccode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File references stay inside the base directory: {@code ..} and symbolic links that lead out are
 * {@code file.outside-base}, the same whether the target exists or not (no existence oracle), and
 * nothing outside is opened. Messages name paths relative to the base directory. Real directories,
 * files and symbolic links in a temporary folder: {@code repo/} is the base, {@code outside/} is not.
 */
class FileReferencesConfinementTest {

    private static final PubliccodeParser PARSER = PubliccodeParser.builder().build();

    @TempDir
    Path root;

    private Path repo;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        repo = Files.createDirectories(root.resolve("repo"));
        outside = Files.createDirectories(root.resolve("outside"));
        Files.write(outside.resolve("secret.png"), png());
        Files.writeString(outside.resolve("secret"), "not for you\n");
        Files.write(repo.resolve("real.png"), png());
        Files.createDirectories(repo.resolve("images"));
        Files.write(repo.resolve("images").resolve("logo.png"), png());
    }

    /** A real PNG image: the fixtures' logo. */
    private static byte[] png() throws IOException {
        try (InputStream in =
                FileReferencesConfinementTest.class.getResourceAsStream("/publiccode/v0/assets/logo.png")) {
            assertThat(in).as("the fixtures' logo.png").isNotNull();
            return in.readAllBytes();
        }
    }

    private void link(String name, Path target) throws IOException {
        try {
            Files.createSymbolicLink(repo.resolve(name), target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }
    }

    /** Parses {@code repo/publiccode.yml}: the valid base document with this {@code logo}. */
    private PubliccodeResult logo(String value) throws IOException {
        return parse(PubliccodeRobustnessTest.VALID + "logo: " + value + "\n");
    }

    /** Parses {@code repo/publiccode.yml}: the valid base document with this {@code legal.authorsFile}. */
    private PubliccodeResult authorsFile(String value) throws IOException {
        String yaml = PubliccodeRobustnessTest.VALID.replace(
                "\n  license: MIT\n", "\n  license: MIT\n  authorsFile: " + value + "\n");
        assertThat(yaml).contains("authorsFile");
        return parse(yaml);
    }

    private PubliccodeResult parse(String yaml) throws IOException {
        Path file = repo.resolve("publiccode.yml");
        Files.writeString(file, yaml);
        return PARSER.parse(file);
    }

    /** Code and key of each problem, leaving out deprecation warnings ({@code authorsFile} is deprecated). */
    private static List<String> codes(PubliccodeResult result) {
        return result.problems().stream()
                .filter(p -> !p.code().equals("field.deprecated"))
                .map(p -> p.code() + " " + p.key())
                .toList();
    }

    private void assertNoMachinePath(PubliccodeResult result) {
        for (Problem problem : result.problems()) {
            assertThat(problem.message()).as("message of %s", problem.code()).doesNotContain(root.toString());
            assertThat(problem.arguments().values())
                    .as("arguments of %s", problem.code())
                    .noneMatch(v -> v.contains(root.toString()));
        }
    }

    @Test
    void dotDotOutOfTheBaseIsRefusedWhetherTheTargetExistsOrNot() throws IOException {
        PubliccodeResult existing = logo("../outside/secret.png");
        PubliccodeResult missing = logo("../outside/nothing.png");
        assertThat(codes(existing)).containsExactly("file.outside-base logo");
        assertThat(codes(missing)).containsExactly("file.outside-base logo");
        assertThat(existing.problems().get(0).message())
                .isEqualTo("'../outside/secret.png' is outside the base directory:"
                        + " a file reference must stay inside the repository");
        assertNoMachinePath(existing);
        assertNoMachinePath(missing);
    }

    @Test
    void anAuthorsFileFarOutsideIsNoExistenceOracle() throws IOException {
        List<String> shadow = codes(authorsFile("../../../../../../../../etc/shadow"));
        List<String> nowhere = codes(authorsFile("../../../../../../../../no/such/file"));
        assertThat(shadow).containsExactly("file.outside-base legal.authorsFile");
        assertThat(nowhere).isEqualTo(shadow);
    }

    @Test
    void aSymbolicLinkToAFileOutsideIsNeverOpened() throws IOException {
        link("logo.png", outside.resolve("secret.png")); // a valid PNG: opening it would pass
        link("passwd.png", Path.of("/etc/passwd"));
        assertThat(codes(logo("logo.png"))).containsExactly("file.outside-base logo");
        PubliccodeResult passwd = logo("passwd.png");
        assertThat(codes(passwd)).containsExactly("file.outside-base logo");
        assertNoMachinePath(passwd);
    }

    @Test
    void aDirectoryLinkThatLeadsOutIsRefusedForExistingAndMissingFiles() throws IOException {
        link("assets", outside);
        assertThat(codes(logo("assets/secret.png"))).containsExactly("file.outside-base logo");
        assertThat(codes(logo("assets/nothing.png"))).containsExactly("file.outside-base logo");
        assertThat(codes(logo("assets/deeper/nothing.png"))).containsExactly("file.outside-base logo");
    }

    @Test
    void linksAndDotDotThatStayInsideAreFollowed() throws IOException {
        link("logo.png", repo.resolve("images").resolve("logo.png"));
        link("pictures", repo.resolve("images"));
        assertThat(logo("logo.png").problems()).isEmpty();
        assertThat(logo("pictures/logo.png").problems()).isEmpty();
        assertThat(logo("images/../real.png").problems()).isEmpty();
        assertThat(logo("images/../real.png").verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aBaseDirectoryReachedThroughALinkStillWorks() throws IOException {
        Files.createSymbolicLink(root.resolve("repo-link"), repo);
        logo("real.png");
        PubliccodeResult result = PARSER.parse(root.resolve("repo-link").resolve("publiccode.yml"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aMissingFileInsideIsNamedRelativeToTheBase() throws IOException {
        PubliccodeResult result = logo("images/missing.png");
        assertThat(result.problems())
                .extracting(p -> p.code() + ": " + p.message())
                .containsExactly("file.missing: no such file: images/missing.png");
        PubliccodeResult authors = authorsFile("AUTHORS");
        assertThat(authors.problems())
                .filteredOn(p -> !p.code().equals("field.deprecated"))
                .extracting(p -> p.code() + ": " + p.message())
                .containsExactly("file.missing: 'AUTHORS' does not exist: no such file: AUTHORS");
        assertNoMachinePath(authors);
    }
}
