package eu.ospo.governance.check;

import static eu.ospo.governance.check.ExampleRepository.DOCS_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.files.Forge;
import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Location;
import eu.ospo.problem.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RepositoryCheck with the repository's own governance files: the contradicting example folder. */
class RepositoryFilesCheckTest {

    private static final Path CONTRADICTING = Path.of("..", "examples", "repositories", "contradicting-files");

    private static final RepositoryCheck CHECK =
            RepositoryCheck.builder().date(DOCS_DATE).build();

    @Test
    void theFilesAreCheckedFilesWithTheirProblemsAndTheRulesSeeThem() throws IOException {
        RepositoryResult result = CHECK.check(CONTRADICTING);
        assertThat(result.file(FileKind.CODEOWNERS)).hasValueSatisfying(f -> {
            assertThat(f.name()).isEqualTo(".gitlab/CODEOWNERS");
            assertThat(f.errors())
                    .extracting(p -> p.code())
                    .containsExactly("codeowners.owner-malformed", "codeowners.no-owners");
        });
        assertThat(result.problems()).extracting(FileProblem::file).containsOnly(".gitlab/CODEOWNERS");
        assertThat(result.failures())
                .extracting(Finding::ruleId)
                .containsExactly(
                        "AGR-EXPIRING",
                        "FILE-LICENSE-MATCHES",
                        "FILE-CONTRIBUTING",
                        "FILE-COC",
                        "FILE-SECURITY-DISCLOSURE",
                        "FILE-SECURITY-CONTACT",
                        "FILE-RELEASE-NOTES",
                        "CO-SYNTAX",
                        "CO-COVERAGE",
                        "CO-SELF-OWNED",
                        "CO-OWNERS-DECLARED",
                        "CO-MAINTAINERS-LISTED",
                        "CO-OWNER-DIVERSITY");
        Finding contact = result.failures().stream()
                .filter(f -> f.ruleId().equals("FILE-SECURITY-CONTACT"))
                .findFirst()
                .orElseThrow();
        assertThat(contact.locations()).containsExactly(new Location("SECURITY.md", "", 3, 36));
        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void theFilesCanBeLeftOutAndTheForgeChosen() throws IOException {
        RepositoryResult without = RepositoryCheck.builder()
                .date(DOCS_DATE)
                .repositoryFiles(false)
                .build()
                .check(CONTRADICTING);
        assertThat(without.repositoryFiles()).isEmpty();
        assertThat(without.files())
                .extracting(CheckedFile::kind)
                .containsExactly(FileKind.PUBLICCODE, FileKind.GOVERNANCE);
        assertThat(without.evaluation().orElseThrow().findings())
                .filteredOn(f -> f.ruleId().startsWith("CO-") || f.ruleId().startsWith("FILE-"))
                .extracting(Finding::status)
                .containsOnly(Status.NOT_APPLICABLE);

        RepositoryResult github = RepositoryCheck.builder()
                .date(DOCS_DATE)
                .forge(Forge.GITHUB)
                .build()
                .check(CONTRADICTING);
        assertThat(github.repositoryFiles().orElseThrow().forge()).isEqualTo(Forge.GITHUB);
        assertThat(github.file(FileKind.CODEOWNERS).orElseThrow().errors())
                .extracting(p -> p.code())
                .containsExactly("codeowners.ignored-file");
        assertThat(List.of(github.verdict())).containsExactly(Verdict.INVALID);
    }
}
