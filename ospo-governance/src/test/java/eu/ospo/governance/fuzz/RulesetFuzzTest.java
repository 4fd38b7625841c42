package eu.ospo.governance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.report.ReportFormat;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.Reports;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.governance.rules.Ruleset;
import eu.ospo.governance.rules.RulesetResult;
import eu.ospo.model.Governance;
import eu.ospo.problem.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Jazzer fuzz target for the ruleset reader: each input is a ruleset file (beside a valid {@code
 * base.yml} it may extend), read with {@link Ruleset#parse(Path)}. Without {@code JAZZER_FUZZ=1} it
 * replays the seeds of {@code src/test/resources/eu/ospo/governance/fuzz/RulesetFuzzTestInputs/} in
 * every build; see {@code docs/fuzzing.md}.
 *
 * <p>{@link #read} asserts that no exception escapes, that the result has a verdict and a ruleset
 * exactly when there is no error, that every problem is well formed and formats to one safe line,
 * and that a ruleset the reader accepts also builds an engine and evaluates a community without an
 * exception (one reading of parameter values for the check and the evaluation), whose JSON and SARIF
 * reports parse and whose dashboard runs no script; {@link #text} and {@link #markdown} check the
 * text and Markdown reports of that evaluation (the ruleset's name is in them). Each input finishes
 * within a bound.
 */
class RulesetFuzzTest {

    static final Duration BOUND = Duration.ofSeconds(30);

    static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    /** A community with organisations, agreements, projects and community time: most rules apply. */
    private static final Governance COMMUNITY = community();

    private static final Path DIRECTORY = directory();

    @FuzzTest(maxDuration = "5m")
    void read(byte[] ruleset) {
        assertTimeoutPreemptively(BOUND, () -> {
            RulesetResult result = parse(ruleset);
            Verdict verdict = result.verdict();
            assertThat(verdict).isNotNull();
            assertThat(result.ruleset().isPresent())
                    .as("ruleset present exactly when valid, problems %s", result.problems())
                    .isEqualTo(verdict.isValid());
            result.problems().forEach(problem -> SafeText.assertWellFormed("ruleset.yml", problem));
            if (result.ruleset().isPresent()) {
                Evaluated evaluated = evaluate(result.ruleset().get());
                Reported.write(evaluated.evaluation(), evaluated.input(), Reports::writer)
                        .assertStructured(evaluated.evaluation(), evaluated.input());
            }
        });
    }

    @FuzzTest(maxDuration = "5m")
    void text(byte[] ruleset) {
        assertTimeoutPreemptively(BOUND, () -> {
            Optional<Ruleset> read = parse(ruleset).ruleset();
            if (read.isPresent()) {
                Evaluated evaluated = evaluate(read.get());
                Reported.write(evaluated.evaluation(), evaluated.input(), Reports::writer)
                        .assertText();
            }
        });
    }

    @FuzzTest(maxDuration = "5m")
    void markdown(byte[] ruleset) {
        assertTimeoutPreemptively(BOUND, () -> {
            Optional<Ruleset> read = parse(ruleset).ruleset();
            if (read.isPresent()) {
                Evaluated evaluated = evaluate(read.get());
                MarkdownReports.assertSafe(
                        Reports.asString(ReportFormat.MARKDOWN, evaluated.evaluation(), evaluated.input()),
                        evaluated.evaluation(),
                        evaluated.input());
            }
        });
    }

    private static RulesetResult parse(byte[] ruleset) throws IOException {
        Path file = DIRECTORY.resolve("ruleset.yml");
        Files.write(file, ruleset);
        return Ruleset.parse(file);
    }

    record Evaluated(Evaluation evaluation, ReportInput input) {}

    /** An accepted ruleset builds an engine (no IllegalArgumentException) that evaluates (no IllegalStateException). */
    private static Evaluated evaluate(Ruleset ruleset) {
        GovernanceRules rules = GovernanceRules.builder().ruleset(ruleset).build();
        Evaluation evaluation = rules.evaluate(RuleContext.of(COMMUNITY, Optional.empty(), DATE));
        assertThat(evaluation.rulesetName()).isEqualTo(ruleset.name());
        return new Evaluated(evaluation, ReportInput.of("0.0.0-fuzz").withRules(rules.rules()));
    }

    private static Governance community() {
        try {
            byte[] text = Files.readAllBytes(Path.of("src", "test", "resources", "governance", "worked-example.yml"));
            return GovernanceParser.builder().build().parse(text).governance().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory with a valid {@code base.yml} that inputs may extend; each input becomes its {@code ruleset.yml}. */
    private static Path directory() {
        try {
            Path directory = Files.createTempDirectory("ospo-ruleset-fuzz");
            directory.toFile().deleteOnExit();
            Path base = directory.resolve("base.yml");
            Files.writeString(base, """
                    rulesetVersion: "0.1"
                    name: base
                    parameters:
                      fteBasis: 1720
                    rules:
                      DIV-ORG-COUNT: {level: off}
                    """);
            base.toFile().deleteOnExit();
            directory.resolve("ruleset.yml").toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
