package eu.ospo.examples;

import eu.ospo.governance.validation.ValidGovernance;
import eu.ospo.problem.Problem;
import eu.ospo.publiccode.validation.ValidPubliccode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * A request object validated the way a Spring or Quarkus controller validates an {@code @Valid}
 * request body, with plain Hibernate Validator and no framework: the publiccode.yml and
 * governance.yml it carries are checked by ospo's parsers, and every problem becomes a field error
 * of the answer (code, key and line included).
 */
public final class ValidateRequest {

    private ValidateRequest() {}

    // tag::request[]
    /** What a catalogue's "register a project" endpoint receives. */
    public record RegisterProject(
            @NotBlank String name,
            @NotNull @ValidPubliccode String publiccodeYml,
            @ValidGovernance byte[] governanceYml) {}
    // end::request[]

    /**
     * One error of a "400 Bad Request" answer.
     *
     * @param field the request's field
     * @param code the problem code, or the constraint's name for a plain constraint
     * @param key the key path in the file, or empty
     * @param line the line in the file, or 0
     * @param message the violation's message
     */
    public record FieldError(String field, String code, String key, int line, String message) {}

    /** One factory for the application, as a framework keeps one (its validators are reused). */
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    /**
     * Validates a request as a controller's {@code @Valid} does, turning each violation into a field
     * error, sorted by field, line and code.
     *
     * @param request the request
     * @return the errors; empty when the request is valid
     */
    public static List<FieldError> validate(RegisterProject request) {
        Validator validator = FACTORY.getValidator();
        // tag::violations[]
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<RegisterProject> violation : validator.validate(request)) {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            Problem problem = hibernate.getDynamicPayload(Problem.class); // null for @NotBlank, @NotNull
            String field = violation.getPropertyPath().toString(); // publiccodeYml, governanceYml, name
            errors.add(
                    problem == null
                            ? new FieldError(field, constraintName(violation), "", 0, violation.getMessage())
                            : new FieldError(
                                    field, problem.code(), problem.key(), problem.line(), violation.getMessage()));
        }
        // end::violations[]
        errors.sort(Comparator.comparing(FieldError::field)
                .thenComparingInt(FieldError::line)
                .thenComparing(FieldError::code)
                .thenComparing(FieldError::key));
        return errors;
    }

    private static String constraintName(ConstraintViolation<?> violation) {
        return violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
    }

    /**
     * Validates a request made of a repository's two files, then the same request with one error in
     * each file, and prints the field errors.
     *
     * @param args the repository directory (default {@code examples/repositories/shared-permits})
     * @throws IOException if the files cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/repositories/shared-permits");
        String publiccode = Files.readString(dir.resolve("publiccode.yml"));
        byte[] governance = Files.readAllBytes(dir.resolve("governance.yml"));
        System.out.println("valid request: " + validate(new RegisterProject("Shared Permits", publiccode, governance)));
        RegisterProject broken = new RegisterProject(
                " ",
                publiccode.replace("developmentStatus: stable", "developmentStatus: finished"),
                new String(governance, java.nio.charset.StandardCharsets.UTF_8)
                        .replaceFirst("uri: https://", "uri: not a uri https://")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (FieldError error : validate(broken)) {
            System.out.println(error);
        }
    }
}
