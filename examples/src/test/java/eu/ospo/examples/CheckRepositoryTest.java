package eu.ospo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CheckRepositoryTest {

    private static final Path REPOSITORY = Path.of("repositories", "shared-permits");

    private static String run(LocalDate date, Verdict expected) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertThat(CheckRepository.check(REPOSITORY, date, out)).isEqualTo(expected);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bothFilesAreValidAndTheExpiringAgreementWarns() throws IOException {
        String output = run(LocalDate.of(2026, 12, 1), Verdict.VALID_WITH_WARNINGS);

        assertThat(output.lines())
                .startsWith("publiccode.yml: VALID", "governance.yml: VALID")
                .anySatisfy(line ->
                        assertThat(line).startsWith("warning AGR-EXPIRING: ").contains("mnt-collina-2025"));
    }

    @Test
    void beforeTheAgreementsStartTheRepositoryIsInvalid() throws IOException {
        String output = run(LocalDate.of(2024, 6, 1), Verdict.INVALID);

        assertThat(output).contains("error XF-COMMUNITY-BACKED: ").contains("error AGR-SECURITY-RESPONSE: ");
    }
}
