package eu.ospo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.examples.ValidateRequest.FieldError;
import eu.ospo.examples.ValidateRequest.RegisterProject;
import eu.ospo.governance.GovernanceParser;
import eu.ospo.problem.Problem;
import eu.ospo.publiccode.PubliccodeParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateRequestTest {

    private static final Path SHARED_PERMITS = Path.of("repositories", "shared-permits");

    private final String publiccode = read("publiccode.yml");
    private final String governance = read("governance.yml");

    @Test
    void theExampleRepositorysFilesMakeAValidRequest() {
        RegisterProject request =
                new RegisterProject("Shared Permits", publiccode, governance.getBytes(StandardCharsets.UTF_8));

        assertThat(ValidateRequest.validate(request)).isEmpty();
    }

    @Test
    void everyProblemOfEitherFileIsAFieldErrorWithCodeKeyAndLine() {
        String badPubliccode =
                publiccode.replace("developmentStatus: stable", "developmentStatus: finished") + "\"${1+1}\": x\n";
        String badGovernance = governance.replace("country: IT", "country: ZZ");
        List<Problem> publiccodeErrors =
                PubliccodeParser.builder().build().parse(badPubliccode).errors();
        List<Problem> governanceErrors =
                GovernanceParser.builder().build().parse(badGovernance).errors();
        assertThat(publiccodeErrors).extracting(Problem::code).containsExactly("value.not-allowed", "field.unknown");
        assertThat(governanceErrors).extracting(Problem::code).contains("value.country");

        List<FieldError> errors = ValidateRequest.validate(
                new RegisterProject(" ", badPubliccode, badGovernance.getBytes(StandardCharsets.UTF_8)));

        assertThat(errors.stream().filter(e -> e.field().equals("name")))
                .singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("NotBlank"));
        assertThat(errors.stream().filter(e -> e.field().equals("publiccodeYml")))
                .extracting(e -> e.code() + " " + e.key() + " " + e.line())
                .containsExactlyElementsOf(publiccodeErrors.stream()
                        .map(p -> p.code() + " " + p.key() + " " + p.line())
                        .toList());
        assertThat(errors.stream().filter(e -> e.field().equals("governanceYml")))
                .extracting(e -> e.code() + " " + e.key() + " " + e.line())
                .containsExactlyInAnyOrderElementsOf(governanceErrors.stream()
                        .map(p -> p.code() + " " + p.key() + " " + p.line())
                        .toList());
        // the default interpolator evaluates expressions in templates: the file's text is not one
        assertThat(errors)
                .filteredOn(e -> e.code().equals("field.unknown"))
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("${1+1}"));
        Problem status = publiccodeErrors.get(0);
        assertThat(errors)
                .contains(new FieldError(
                        "publiccodeYml",
                        "value.not-allowed",
                        "developmentStatus",
                        status.line(),
                        "value.not-allowed at developmentStatus (line " + status.line() + "): " + status.message()));
    }

    @Test
    void mainPrintsTheFieldErrors() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            ValidateRequest.main(new String[] {SHARED_PERMITS.toString()});
        } finally {
            System.setOut(original);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).first().isEqualTo("valid request: []");
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("FieldError[field=governanceYml, code=value.uri, key=community.uri, line=18")
                .contains("FieldError[field=name, code=NotBlank")
                .contains("FieldError[field=publiccodeYml, code=value.not-allowed, key=developmentStatus");
    }

    private static String read(String name) {
        try {
            return Files.readString(SHARED_PERMITS.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
