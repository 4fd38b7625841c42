package eu.ospo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.Ospo;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.PubliccodeWriter;
import eu.ospo.publiccode.model.PublicCode;
import org.junit.jupiter.api.Test;

class BuildPubliccodeTest {

    @Test
    void theBuiltModelIsAValidPubliccodeYml() {
        PublicCode built = BuildPubliccode.build();
        String yaml = PubliccodeWriter.write(built);

        PubliccodeResult result = PubliccodeParser.builder().build().parse(yaml);

        assertThat(result.problems()).isEmpty();
        assertThat(result.publicCode()).contains(built);
        assertThat(yaml)
                .contains("name: Shared Permits\n")
                .contains("softwareVersion: 2.1.0\n")
                .contains("landingURL: https://example.org/permits\n");
    }

    @Test
    void theLibraryKnowsItsVersion() {
        assertThat(Ospo.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
