package eu.ospo.governance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses reports back, keeping decimals exact; loads the published report schema. */
final class JsonReports {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonReports() {}

    static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    /** Surefire runs in the module directory; the schema is published under docs/. */
    static MiniSchema schema() {
        try {
            return new MiniSchema(MAPPER.readTree(
                    Files.readString(Path.of("..", "docs", "report.schema.json"), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
