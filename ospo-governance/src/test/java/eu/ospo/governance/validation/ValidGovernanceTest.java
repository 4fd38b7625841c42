package eu.ospo.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.problem.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ValidGovernance} on text, bytes and files: one violation per error of the parser. */
class ValidGovernanceTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "governance");

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private static final GovernanceParser PARSER = GovernanceParser.builder().build();

    record Submission(
            @ValidGovernance String text,
            @ValidGovernance byte[] bytes,
            @ValidGovernance Path file) {}

    @ParameterizedTest
    @ValueSource(strings = {"minimal.yml", "worked-example.yml", "all-keys.yml", "teams-example.yml"})
    void aValidFileGivesNoViolation(String name) throws IOException {
        Path file = FIXTURES.resolve(name);
        byte[] bytes = Files.readAllBytes(file);

        assertThat(VALIDATOR.validate(new Submission(new String(bytes, StandardCharsets.UTF_8), bytes, file)))
                .isEmpty();
    }

    @Test
    void everyErrorIsOneViolationWithTheProblemAsPayload(@TempDir Path dir) throws IOException {
        String text = Files.readString(FIXTURES.resolve("minimal.yml"))
                .replace("uri: https://solo.example", "uri: not a uri")
                .replace("affiliation: solo", "affiliation: nobody")
                .replace("country: BE", "country: ZZ");
        Path file = Files.writeString(dir.resolve("governance.yml"), text);
        List<Problem> errors = PARSER.parse(text).errors();
        assertThat(errors)
                .extracting(Problem::code)
                .containsExactlyInAnyOrder("value.uri", "value.country", "reference.unknown");

        Set<ConstraintViolation<Submission>> violations =
                VALIDATOR.validate(new Submission(text, text.getBytes(StandardCharsets.UTF_8), file));

        assertThat(violations).hasSize(3 * errors.size());
        for (String property : List.of("text", "bytes", "file")) {
            List<ConstraintViolation<Submission>> on = violations.stream()
                    .filter(v -> v.getPropertyPath().toString().equals(property))
                    .toList();
            assertThat(on).extracting(ValidGovernanceTest::payload).containsExactlyInAnyOrderElementsOf(errors);
            assertThat(on)
                    .allSatisfy(v -> assertThat(v.getMessage())
                            .isEqualTo(payload(v).code() + " at " + payload(v).key() + " (line "
                                    + payload(v).line() + "): " + payload(v).message()));
        }
        assertThat(violations)
                .extracting(ConstraintViolation::getMessage)
                .anySatisfy(m -> assertThat(m).startsWith("value.uri at organisations[0].uri (line 10): "));
    }

    @Test
    void aPathThatCannotBeReadIsAViolation(@TempDir Path dir) {
        assertThat(VALIDATOR.validate(new Submission(null, null, dir.resolve("governance.yml"))))
                .singleElement()
                .satisfies(v -> assertThat(payload(v).code()).isEqualTo("file.unreadable"));
        assertThat(VALIDATOR.validate(new Submission(null, null, dir)))
                .singleElement()
                .satisfies(v -> assertThat(payload(v).code()).isEqualTo("file.not-regular"));
    }

    private static Problem payload(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        Problem problem = hibernate.getDynamicPayload(Problem.class);
        assertThat(problem).as("dynamic payload of " + violation).isNotNull();
        return problem;
    }
}
