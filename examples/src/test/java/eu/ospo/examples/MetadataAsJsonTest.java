package eu.ospo.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.ospo.jackson.InvalidMetadataException;
import eu.ospo.jackson.OspoJson;
import eu.ospo.publiccode.PubliccodeWriter;
import eu.ospo.publiccode.model.PublicCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataAsJsonTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final PublicCode model = BuildPubliccode.build();
    private final String body = OspoJson.defaults().write(model);

    @Test
    void aValidBodyGivesTheModelAndItsJson() {
        Optional<PublicCode> received = MetadataAsJson.receive(body, out);

        assertThat(received).contains(model);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("\"publiccodeYmlVersion\" : \"0\"", "\"landingURL\"");
        assertThat(MetadataAsJson.bind(body)).isEqualTo(model);
    }

    @Test
    void anInvalidBodyPrintsPointersAndCodes() {
        String broken = body.replace("\"stable\"", "\"finished\"");

        Optional<PublicCode> received = MetadataAsJson.receive(broken, out);

        assertThat(received).isEmpty();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .startsWith("/developmentStatus: value.not-allowed: developmentStatus must be one of");
        InvalidMetadataException e =
                catchThrowableOfType(InvalidMetadataException.class, () -> MetadataAsJson.bind(broken));
        assertThat(e.errors()).extracting(p -> p.code()).containsExactly("value.not-allowed");
    }

    @Test
    void theJsonIsTheYamlsKeys() {
        String yaml = PubliccodeWriter.write(model);
        for (String key : new String[] {"landingURL", "softwareVersion", "localisationReady", "availableLanguages"}) {
            assertThat(yaml).contains(key + ":");
            assertThat(body).contains("\"" + key + "\"");
        }
    }
}
