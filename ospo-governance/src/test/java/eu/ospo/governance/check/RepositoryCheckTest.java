package eu.ospo.governance.check;

import static eu.ospo.governance.check.ExampleRepository.DOCS_DATE;
import static eu.ospo.governance.check.ExampleRepository.SHARED_PERMITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Level;
import eu.ospo.governance.rules.Ruleset;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.Verdict;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.yaml.NotRegularFileException;
import eu.ospo.yaml.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryCheckTest {

    private static final RepositoryCheck CHECK =
            RepositoryCheck.builder().date(DOCS_DATE).build();

    @TempDir
    Path dir;

    private static List<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    @Test
    void theExampleRepositoryHasBothModelsAnEvaluationAndAWarning() throws IOException {
        RepositoryResult result = CHECK.check(SHARED_PERMITS);

        assertThat(result.directory()).isEqualTo(SHARED_PERMITS);
        assertThat(result.files())
                .extracting(CheckedFile::name, CheckedFile::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("publiccode.yml", FileKind.PUBLICCODE),
                        org.assertj.core.groups.Tuple.tuple("governance.yml", FileKind.GOVERNANCE),
                        org.assertj.core.groups.Tuple.tuple(".gitlab/CODEOWNERS", FileKind.CODEOWNERS),
                        org.assertj.core.groups.Tuple.tuple("MAINTAINERS.md", FileKind.MAINTAINERS),
                        org.assertj.core.groups.Tuple.tuple("SECURITY.md", FileKind.SECURITY_POLICY),
                        org.assertj.core.groups.Tuple.tuple("CONTRIBUTING.md", FileKind.CONTRIBUTING),
                        org.assertj.core.groups.Tuple.tuple("CODE_OF_CONDUCT.md", FileKind.CODE_OF_CONDUCT),
                        org.assertj.core.groups.Tuple.tuple("LICENSE", FileKind.LICENSE));
        assertThat(result.repositoryFiles())
                .hasValueSatisfying(
                        files -> assertThat(files.forge()).isEqualTo(eu.ospo.governance.files.Forge.GITLAB));
        assertThat(result.problems()).isEmpty();
        assertThat(result.publicCode()).isPresent();
        assertThat(result.governance()).isPresent();
        assertThat(result.evaluation()).hasValueSatisfying(e -> {
            assertThat(e.date()).isEqualTo(DOCS_DATE);
            assertThat(e.rulesetName()).isEqualTo("default");
        });
        assertThat(ruleIds(result.failures()))
                .containsExactly("AGR-EXPIRING", "CT-BELOW-POLICY", "TEAM-CODER-EMBEDDED", "TEAM-TURNOVER");
        assertThat(result.verdict()).isEqualTo(Verdict.VALID_WITH_WARNINGS);
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void findingsPointIntoBothFilesByTheirNamesInTheDirectory() throws IOException {
        Path copy = ExampleRepository.copy(dir.resolve("repo"));
        ExampleRepository.edit(
                copy.resolve("governance.yml"), "maintenanceType: community", "maintenanceType: internal");

        RepositoryResult result = CHECK.check(copy);

        Finding linked = result.failures().stream()
                .filter(f -> f.ruleId().equals("XF-PROJECT-LINKED"))
                .findFirst()
                .orElseThrow();
        assertThat(linked.locations()).extracting(l -> l.file()).contains("governance.yml", "publiccode.yml");
        assertThat(linked.locations()).allSatisfy(l -> assertThat(l.line()).isPositive());
        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void theDateDecidesTheFindings() throws IOException {
        RepositoryResult early = RepositoryCheck.builder()
                .date(LocalDate.of(2026, 10, 1))
                .build()
                .check(SHARED_PERMITS);

        // 2027-01-31 is more than 90 days away: the agreement is not yet expiring
        assertThat(ruleIds(early.failures())).doesNotContain("AGR-EXPIRING");
        assertThat(ruleIds(CHECK.check(SHARED_PERMITS).failures())).contains("AGR-EXPIRING");
        assertThat(early.verdict()).isEqualTo(Verdict.VALID_WITH_WARNINGS);
    }

    @Test
    void aRulesetChangesLevels() throws IOException {
        RepositoryCheck strict = RepositoryCheck.builder()
                .date(DOCS_DATE)
                .ruleset(Ruleset.defaults().named("strict").withLevel("AGR-EXPIRING", Level.ERROR))
                .build();

        RepositoryResult result = strict.check(SHARED_PERMITS);

        assertThat(result.evaluation().orElseThrow().rulesetName()).isEqualTo("strict");
        assertThat(result.failures().stream().filter(f -> f.severity() == Severity.ERROR))
                .singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("AGR-EXPIRING"));
        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(strict.rules().ruleset().name()).isEqualTo("strict");
    }

    @Test
    void aPubliccodeYmlWithErrorsIsLeftOutOfTheEvaluationWithANote() throws IOException {
        Path copy = ExampleRepository.copy(dir.resolve("repo"));
        ExampleRepository.edit(copy.resolve("publiccode.yml"), "developmentStatus: stable", "developmentStatus: done");

        RepositoryResult result = CHECK.check(copy);

        assertThat(result.publiccodeResult()).isPresent();
        assertThat(result.publicCode()).isEmpty();
        assertThat(result.file(FileKind.PUBLICCODE).orElseThrow().verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.notes()).singleElement().satisfies(note -> {
            assertThat(note.file()).isEqualTo("publiccode.yml");
            assertThat(note.problem().code()).isEqualTo(RepositoryCheck.PUBLICCODE_SKIPPED);
            assertThat(note.problem().severity()).isEqualTo(Severity.WARNING);
            assertThat(note.problem().arguments()).containsEntry("errors", "1");
        });
        Finding linked = result.evaluation().orElseThrow().findings().stream()
                .filter(f -> f.ruleId().equals("XF-PROJECT-LINKED"))
                .findFirst()
                .orElseThrow();
        assertThat(linked.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.problems()).extracting(FileProblem::file).containsOnly("publiccode.yml");
    }

    @Test
    void aGovernanceYmlThatCannotBeReadIntoTheModelsStructureIsNotEvaluated() throws IOException {
        Files.writeString(
                dir.resolve("governance.yml"), "governanceYmlVersion: \"0.1\"\ncommunity: [not, a, mapping]\n");

        RepositoryResult result = CHECK.check(dir);

        assertThat(result.files()).extracting(CheckedFile::kind).containsExactly(FileKind.GOVERNANCE);
        assertThat(result.governanceResult()).isPresent();
        assertThat(result.governance()).isEmpty();
        assertThat(result.governanceAsRead()).isEmpty();
        assertThat(result.evaluation()).isEmpty();
        assertThat(result.failures()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aWrongCheckDigitIsReportedAndEveryRuleStillRuns() throws IOException {
        Path copy = ExampleRepository.copy(dir.resolve("repo"));
        ExampleRepository.edit(
                copy.resolve("governance.yml"),
                "        value: IT00000000011\n",
                "        value: IT00000000011\n      - scheme: lei\n        value: 5493001KJTIIGC8Y1R13\n");

        RepositoryResult result = CHECK.check(copy);

        assertThat(result.file(FileKind.GOVERNANCE).orElseThrow().problems())
                .extracting(Problem::code, Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "value.identifier", "organisations[0].identifiers[1].value"));
        assertThat(result.governance()).isEmpty();
        assertThat(result.governanceAsRead()).isPresent();
        assertThat(result.evaluation()).isPresent();
        // the identifier's rule fails, and the finding the valid example has is still there
        assertThat(ruleIds(result.failures()))
                .containsExactlyInAnyOrder(
                        "ORG-IDENTIFIERS", "AGR-EXPIRING", "CT-BELOW-POLICY", "TEAM-CODER-EMBEDDED", "TEAM-TURNOVER");
        assertThat(result.evaluation().orElseThrow().findings())
                .extracting(Finding::ruleId)
                .containsAll(ruleIds(
                        CHECK.check(SHARED_PERMITS).evaluation().orElseThrow().findings()));
        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aDanglingReferenceIsReportedAndTheRulesRunOnWhatWasRead() throws IOException {
        Path copy = ExampleRepository.copy(dir.resolve("repo"));
        ExampleRepository.edit(copy.resolve("governance.yml"), "maintainers: [aferri]", "maintainers: [nobody]");

        RepositoryResult result = CHECK.check(copy);

        assertThat(result.file(FileKind.GOVERNANCE).orElseThrow().problems())
                .extracting(Problem::code)
                .containsExactly("reference.unknown");
        assertThat(ruleIds(result.failures())).contains("ORG-IDENTIFIERS", "AGR-EXPIRING");
        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void everyFilesProblemsAreSortedByLineThenColumn() throws IOException {
        Files.writeString(
                dir.resolve("governance.yml"), "governanceYmlVersion: \"0.1\"\ncommunity: [not, a, mapping]\n");

        RepositoryResult result = CHECK.check(dir);

        List<Problem> problems = result.file(FileKind.GOVERNANCE).orElseThrow().problems();
        assertThat(problems).hasSizeGreaterThan(1);
        assertThat(problems)
                .isSortedAccordingTo(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        assertThat(problems.get(problems.size() - 1).line()).isEqualTo(2);
        assertThat(result.problems()).extracting(FileProblem::problem).isEqualTo(problems);
    }

    @Test
    void absentFilesHaveNoEntryAndNothingIsEvaluated() throws IOException {
        RepositoryResult empty = CHECK.check(dir);

        assertThat(empty.files()).isEmpty();
        assertThat(empty.file(FileKind.PUBLICCODE)).isEmpty();
        assertThat(empty.publiccodeResult()).isEmpty();
        assertThat(empty.governanceResult()).isEmpty();
        assertThat(empty.evaluation()).isEmpty();
        assertThat(empty.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void publiccodeYamlIsReadWhenThereIsNoYml() throws IOException {
        Files.copy(SHARED_PERMITS.resolve("publiccode.yml"), dir.resolve("publiccode.yaml"));
        Files.copy(SHARED_PERMITS.resolve("logo.svg"), dir.resolve("logo.svg"));

        RepositoryResult result = CHECK.check(dir);

        assertThat(result.file(FileKind.PUBLICCODE).orElseThrow().name()).isEqualTo("publiccode.yaml");
        assertThat(result.publicCode()).isPresent();
    }

    @Test
    void relativeFileReferencesResolveAgainstTheDirectory() throws IOException {
        Path copy = ExampleRepository.copy(dir.resolve("repo"));
        Files.delete(copy.resolve("logo.svg"));

        RepositoryResult result = CHECK.check(copy);

        assertThat(result.file(FileKind.PUBLICCODE).orElseThrow().problems())
                .extracting(Problem::key)
                .contains("logo");
    }

    @Test
    void theParsersGivenAreTheOnesUsed() throws IOException {
        Path copy = ExampleRepository.copy(dir.resolve("repo"));
        Files.delete(copy.resolve("logo.svg"));
        RepositoryCheck lenient = RepositoryCheck.builder()
                .date(DOCS_DATE)
                .publiccodeParser(PubliccodeParser.builder().fileChecks(false).build())
                .governanceParser(GovernanceParser.builder()
                        .limits(new YamlLimits(1024, 64, 50, 100_000))
                        .build())
                .build();

        RepositoryResult result = lenient.check(copy);

        assertThat(result.file(FileKind.PUBLICCODE).orElseThrow().problems()).isEmpty();
        assertThat(result.file(FileKind.GOVERNANCE).orElseThrow().problems())
                .extracting(Problem::code)
                .containsExactly("yaml.limit");
        assertThat(result.evaluation()).isEmpty();
    }

    @Test
    void aMissingDirectoryOrAFileInsteadIsAnIoError() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");

        assertThatThrownBy(() -> CHECK.check(dir.resolve("nowhere")))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessage(dir.resolve("nowhere") + ": no such directory");
        assertThatThrownBy(() -> CHECK.check(file)).isInstanceOf(NotDirectoryException.class);
    }

    @Test
    void aGovernanceYmlThatIsADirectoryIsAnIoErrorNotSkipped() throws IOException {
        Files.createDirectory(dir.resolve("governance.yml"));

        assertThatThrownBy(() -> CHECK.check(dir))
                .isInstanceOf(NotRegularFileException.class)
                .hasMessage(dir.resolve("governance.yml") + ": is a directory");
    }

    @Test
    void theDateIsRequired() {
        assertThatThrownBy(() -> RepositoryCheck.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("date");
    }

    @Test
    void theResultIsImmutable() throws IOException {
        RepositoryResult result = CHECK.check(SHARED_PERMITS);

        assertThatThrownBy(() -> result.files().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.notes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.files().get(0).problems().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void oneCheckServesManyThreadsWithTheSameResults() throws Exception {
        Path invalid = ExampleRepository.copy(dir.resolve("invalid"));
        ExampleRepository.edit(
                invalid.resolve("governance.yml"), "maintenanceType: community", "maintenanceType: internal");
        List<Path> repositories = List.of(SHARED_PERMITS, invalid);
        List<RepositoryResult> expected = new ArrayList<>();
        for (Path repository : repositories) {
            expected.add(CHECK.check(repository));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RepositoryResult>> runs = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                Path repository = repositories.get(i % 2);
                runs.add(pool.submit(() -> CHECK.check(repository)));
            }
            for (int i = 0; i < runs.size(); i++) {
                RepositoryResult result = runs.get(i).get();
                RepositoryResult same = expected.get(i % 2);
                assertThat(result.problems()).isEqualTo(same.problems());
                assertThat(result.evaluation()).isEqualTo(same.evaluation());
                assertThat(result.verdict()).isEqualTo(same.verdict());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
