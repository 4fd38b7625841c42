package eu.ospo.governance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.check.CheckedFile;
import eu.ospo.governance.check.FileKind;
import eu.ospo.governance.check.RepositoryCheck;
import eu.ospo.governance.check.RepositoryResult;
import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.report.HtmlDashboard;
import eu.ospo.governance.report.ReportFormat;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.Reports;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.problem.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * A Jazzer fuzz target for governance.yml: each input is the governance.yml of a repository folder
 * (beside a fixed, valid publiccode.yml), checked as {@code ospo governance check} does (parser,
 * rules on a fixed date, repository files), and the outcome written in every {@link ReportFormat}.
 * Without {@code JAZZER_FUZZ=1} it replays the seeds of {@code src/test/resources/eu/ospo/governance/
 * fuzz/GovernanceFuzzTestInputs/} in every build; see {@code docs/fuzzing.md}.
 *
 * <p>{@link #check} asserts that no exception escapes, that every result has a verdict (and a file
 * without errors gets a model, whatever was read into the model is evaluated, and a file with errors
 * does not pass), that every problem
 * is well formed and formats to one safe line, that JSON and SARIF parse (JSON with one entry per
 * finding and per problem) and that the dashboard runs no script. {@link #text} asserts that text
 * reports have no control character but LF and TAB; {@link #markdown} that the Markdown report,
 * rendered by CommonMark with GFM tables, has no raw HTML and no heading or row the input added.
 * Each input finishes within a bound.
 */
class GovernanceFuzzTest {

    /** Generous: an input of a few KiB is checked in milliseconds; this catches hangs, not slowness. */
    static final Duration BOUND = Duration.ofSeconds(30);

    /** A fixed date keeps the findings independent of the calendar. */
    static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    private static final RepositoryCheck CHECK =
            RepositoryCheck.builder().date(DATE).build();

    private static final Path REPOSITORY = repository();

    @FuzzTest(maxDuration = "5m")
    void check(byte[] governanceYml) {
        assertTimeoutPreemptively(BOUND, () -> {
            Run run = run(governanceYml);
            run.assertConsistent();
            run.reports().assertStructured(run.evaluation(), run.input());
        });
    }

    @FuzzTest(maxDuration = "5m")
    void text(byte[] governanceYml) {
        assertTimeoutPreemptively(BOUND, () -> run(governanceYml).reports().assertText());
    }

    @FuzzTest(maxDuration = "5m")
    void markdown(byte[] governanceYml) {
        assertTimeoutPreemptively(BOUND, () -> {
            Run run = run(governanceYml);
            MarkdownReports.assertSafe(run.reports().get(ReportFormat.MARKDOWN), run.evaluation(), run.input());
        });
    }

    /** One input checked and reported as the command line does. */
    record Run(RepositoryResult result, Evaluation evaluation, ReportInput input, Reported reports) {

        void assertConsistent() {
            assertThat(result.verdict()).isNotNull();
            GovernanceResult governance = result.governanceResult().orElseThrow();
            Verdict verdict = governance.verdict();
            assertThat(verdict).isNotNull();
            if (verdict.isValid()) {
                assertThat(governance.governance())
                        .as("model of a file without errors")
                        .isPresent();
                assertThat(result.evaluation())
                        .as("evaluation of a file without errors")
                        .isPresent();
            }
            // the rules run exactly on what could be read into the model, errors or not
            assertThat(result.evaluation().isPresent())
                    .as("evaluated exactly when read into the model, problems %s", governance.problems())
                    .isEqualTo(governance.governanceAsRead().isPresent());
            assertThat(governance.governance().isPresent())
                    .as("the valid model exactly for a valid file that was read")
                    .isEqualTo(
                            verdict.isValid() && governance.governanceAsRead().isPresent());
            for (CheckedFile file : result.files()) {
                file.problems().forEach(problem -> SafeText.assertWellFormed(file.name(), problem));
            }
            for (FileProblem note : result.notes()) {
                SafeText.assertWellFormed(note.file(), note.problem());
            }
            if (!verdict.isValid()) {
                assertThat(Reports.passed(evaluation, input))
                        .as("a governance.yml with errors does not pass")
                        .isFalse();
            }
        }
    }

    static Run run(byte[] governanceYml) throws IOException {
        Files.write(REPOSITORY.resolve("governance.yml"), governanceYml);
        RepositoryResult result = CHECK.check(REPOSITORY);
        // the report input of `ospo governance check`: every file's problems but publiccode.yml's, and the notes
        ReportInput input = ReportInput.of("0.0.0-fuzz").withRules(CHECK.rules().rules());
        for (CheckedFile file : result.files()) {
            if (file.kind() != FileKind.PUBLICCODE) {
                input = input.withProblems(file.name(), file.problems());
            }
        }
        for (FileProblem note : result.notes()) {
            input = input.withProblems(note.file(), List.of(note.problem()));
        }
        Evaluation evaluation = result.evaluation()
                .orElseGet(() ->
                        new Evaluation(CHECK.date(), CHECK.rules().ruleset().name(), List.of()));
        Reported reports = Reported.write(
                evaluation,
                input,
                format -> format == ReportFormat.HTML ? HtmlDashboard.of(CHECK, result) : Reports.writer(format));
        return new Run(result, evaluation, input, reports);
    }

    /** A repository folder with a valid publiccode.yml; each input becomes its governance.yml. */
    private static Path repository() {
        try {
            Path directory = Files.createTempDirectory("ospo-governance-fuzz");
            directory.toFile().deleteOnExit();
            Path publiccode = directory.resolve("publiccode.yml");
            Files.writeString(publiccode, PUBLICCODE);
            publiccode.toFile().deleteOnExit();
            directory.resolve("governance.yml").toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String PUBLICCODE = """
            publiccodeYmlVersion: "0"
            name: Tidewater
            url: "https://git.example.org/tidewater.git"
            platforms: [web]
            categories: [booking]
            developmentStatus: stable
            softwareType: standalone/web
            description:
              en:
                shortDescription: Books berths in a harbour.
                longDescription: >-
                  Tidewater books berths in a harbour for visiting boats: the harbour master publishes
                  the free berths, skippers book one for a stay, and the office sees the week at a glance.
                features: [Berth booking]
            legal:
              license: EUPL-1.2
            maintenance:
              type: community
              contacts:
                - name: Harbour Office
                  email: office@example.org
            localisation:
              localisationReady: true
              availableLanguages: [en]
            """;
}
