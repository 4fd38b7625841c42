package eu.ospo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;
import eu.ospo.publiccode.PubliccodeParser;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The start-up training: it runs as expected, and its varied file reaches what the example does not. */
class StartupTrainingTest {

    @Test
    void theValidateProfileRunsAsExpected() throws IOException {
        assertThat(StartupTraining.run(true)).isTrue();
    }

    @Test
    void theVariedFileReachesTheItalianExtensionVideosMimeTypesAndScopes() throws IOException {
        byte[] varied;
        try (InputStream in = StartupTraining.class.getResourceAsStream(StartupTraining.VARIED)) {
            assertThat(in).as("bundled: " + StartupTraining.VARIED).isNotNull();
            varied = in.readAllBytes();
        }
        assertThat(PubliccodeParser.builder().build().parse(varied).problems())
                .extracting(Problem::key)
                .contains(
                        "it.riuso.codiceIPA",
                        "it.conforme",
                        "description.it.videos[2]",
                        "inputTypes[1]",
                        "intendedAudience.scope[1]",
                        "legal.authorsFile",
                        "unknownKey");
    }
}
