package eu.ospo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keeps the README's code samples identical to the compiled examples: each {@code <!--
 * snippet:NAME -->} block in README.md must equal the {@code tag::NAME[]} region of its source file
 * (indentation removed).
 */
class ReadmeSnippetTest {

    @ParameterizedTest
    @CsvSource({
        "validate, src/main/java/eu/ospo/examples/ValidatePubliccode.java",
        "governance, src/main/java/eu/ospo/examples/EvaluateGovernance.java",
        "check, src/main/java/eu/ospo/examples/CheckRepository.java",
        "property, src/main/java/eu/ospo/examples/PropertyTestYourRule.java",
        "files, src/main/java/eu/ospo/examples/ReadRepositoryFiles.java",
        "build, src/main/java/eu/ospo/examples/BuildPubliccode.java",
        "online, src/main/java/eu/ospo/examples/ValidateOnline.java",
        "json, src/main/java/eu/ospo/examples/MetadataAsJson.java",
        "module, src/main/java/eu/ospo/examples/MetadataAsJson.java",
        "dashboard, src/main/java/eu/ospo/examples/RenderDashboard.java",
        "request, src/main/java/eu/ospo/examples/ValidateRequest.java",
        "violations, src/main/java/eu/ospo/examples/ValidateRequest.java"
    })
    void readmeQuotesTheCompiledExample(String name, String source) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- snippet:" + name + " -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(block.find()).as("README has a snippet named " + name).isTrue();

        String code = Files.readString(Path.of(source), StandardCharsets.UTF_8);
        Matcher region = Pattern.compile(
                        "// tag::" + name + "\\[]\\n(.*?)\\n\\s*// end::" + name + "\\[]", Pattern.DOTALL)
                .matcher(code);
        assertThat(region.find()).as(source + " has a region named " + name).isTrue();

        assertThat(block.group(1).strip()).isEqualTo(dedent(region.group(1)).strip());
    }

    private static String dedent(String text) {
        int indent = text.lines()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        StringBuilder out = new StringBuilder();
        text.lines()
                .forEach(line -> out.append(line.length() >= indent ? line.substring(indent) : line.strip())
                        .append('\n'));
        return out.toString();
    }
}
