package eu.ospo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.MaintenanceType;
import eu.ospo.problem.Verdict;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.model.PublicCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatePubliccodeTest {

    /** Surefire runs in the module directory. */
    private static final Path SHARED_PERMITS = Path.of("repositories", "shared-permits");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theExampleRepositoryIsValidWithoutWarnings() throws IOException {
        PubliccodeResult result = ValidatePubliccode.validate(SHARED_PERMITS.resolve("publiccode.yml"), out);

        assertThat(result.problems()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.VALID);
        PublicCode publicCode = result.publicCode().orElseThrow();
        assertThat(publicCode.name()).isEqualTo("Shared Permits");
        // maintained by the community of its three members: no contractor whose end would date the example
        assertThat(publicCode.maintenance().type()).isEqualTo(MaintenanceType.COMMUNITY);
        assertThat(publicCode.maintenance().contractors()).isEmpty();
        assertThat(publicCode.maintenance().contacts())
                .extracting(contact -> contact.affiliation().orElseThrow())
                .containsExactly(
                        "Comune di Esempio", "Comune di Collina Esempio", "Unione dei Comuni della Valle Esempio");
        assertThat(publicCode.legal().license()).isEqualTo("EUPL-1.2");
        assertThat(publicCode.localisation().availableLanguages()).containsExactly("en", "it");
        assertThat(publicCode.logo()).contains("logo.svg");
    }

    @Test
    void printsTheTypedFieldsOfAValidFile() throws IOException {
        ValidatePubliccode.validate(SHARED_PERMITS.resolve("publiccode.yml"), out);

        assertThat(printed())
                .contains("name:        Shared Permits")
                .contains("description: Apply for, track and grant municipal permits online")
                .contains("maintenance: community")
                .doesNotContain("error");
    }

    @Test
    void theReferencedLogoIsNextToTheFile() {
        assertThat(SHARED_PERMITS.resolve("logo.svg")).isRegularFile();
    }

    @Test
    void printsProblemsAndTheErrorCountOfAnInvalidFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("publiccode.yml");
        Files.writeString(file, "publiccodeYmlVersion: \"0\"\nname: Broken\n");

        PubliccodeResult result = ValidatePubliccode.validate(file, out);

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.publicCode()).isEmpty();
        assertThat(printed())
                .contains(file + ":")
                .contains(": error: ")
                .contains(file + " has " + result.errors().size() + " error(s)")
                .doesNotContain("name:        ");
    }
}
