package eu.ospo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvaluateGovernanceTest {

    private static final Path REPOSITORY = Path.of("repositories", "shared-permits");

    private static String run(LocalDate date, boolean expectPassed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertThat(EvaluateGovernance.evaluate(REPOSITORY, date, out)).isEqualTo(expectPassed);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theExampleCommunityPassesAndWarnsAboutTheExpiringAgreement() throws IOException {
        String output = run(LocalDate.of(2026, 12, 1), true);
        assertThat(output).contains("warning AGR-EXPIRING").contains("mnt-collina-2025");
        assertThat(output).doesNotContain("error ");
    }

    @Test
    void beforeTheExpiryWindowTheAgreementDoesNotWarn() throws IOException {
        String output = run(LocalDate.of(2026, 10, 1), true);
        assertThat(output).doesNotContain("AGR-EXPIRING").doesNotContain("error ");
        // the team that lost its only coder in June warns whatever the agreements say
        assertThat(output).contains("warning TEAM-CODER-EMBEDDED").contains("collina-suap");
    }

    @Test
    void beforeTheAgreementsStartTheCheckFails() throws IOException {
        String output = run(LocalDate.of(2024, 6, 1), false);
        assertThat(output).contains("error XF-COMMUNITY-BACKED");
    }
}
