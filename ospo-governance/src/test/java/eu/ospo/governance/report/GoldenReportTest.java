package eu.ospo.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each format, on the hand-built {@link SampleEvaluation}, gives exactly the file under {@code
 * src/test/resources/reports}. After an intended change, regenerate them with {@code
 * -Dospo.updateGolden=true} and review the diff.
 */
class GoldenReportTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "reports");

    @ParameterizedTest
    @CsvSource({
        "TEXT, sample.txt",
        "JSON, sample.json",
        "SARIF, sample.sarif",
        "MARKDOWN, sample.md",
        "GITHUB, sample.github"
    })
    void eachFormatMatchesItsGoldenFile(ReportFormat format, String file) throws IOException {
        String report = Reports.asString(format, SampleEvaluation.evaluation(), SampleEvaluation.describedInput());

        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("ospo.updateGolden")) {
            Files.writeString(golden, report, StandardCharsets.UTF_8);
        }
        assertThat(golden)
                .as("golden file (run once with -Dospo.updateGolden=true)")
                .isRegularFile();
        assertThat(report).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
