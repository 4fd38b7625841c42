package eu.ospo.publiccode.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.PubliccodeParser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path.Node;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ValidPubliccode} on text, bytes and files: one violation per failing problem of the
 * parser, on the annotated element, with the problem as the dynamic payload.
 */
class ValidPubliccodeTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "publiccode", "v0");

    /** Without EL: what the library's own tests use. */
    private static final Validator PLAIN = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    /** Hibernate Validator's default interpolator, with Expression Language (Expressly). */
    private static final Validator WITH_EL = Validation.byProvider(HibernateValidator.class)
            .configure()
            .buildValidatorFactory()
            .getValidator();

    private static final PubliccodeParser PARSER = PubliccodeParser.builder().build();

    record Submission(
            @ValidPubliccode String text,
            @ValidPubliccode byte[] bytes,
            @ValidPubliccode Path file) {}

    record Strict(@ValidPubliccode(allowWarnings = false) String text) {}

    record Lenient(@ValidPubliccode String text) {}

    static final class Service {
        void publish(@ValidPubliccode String publiccodeYml) {}
    }

    static Stream<Path> invalidFixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES.resolve("invalid"))) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @Test
    void aValidFileGivesNoViolationAsTextBytesOrPath() throws IOException {
        Path file = FIXTURES.resolve("valid/minimal_latest_version.yml");
        byte[] bytes = Files.readAllBytes(file);

        assertThat(PLAIN.validate(new Submission(new String(bytes, StandardCharsets.UTF_8), bytes, file)))
                .isEmpty();
        assertThat(PLAIN.validate(new Submission(null, null, null))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void everyErrorOfAnInvalidFileIsOneViolationOnEachKindOfValue(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Problem> fromPath = errors(PARSER.parse(file).problems());
        List<Problem> fromBytes = errors(PARSER.parse(bytes).problems());
        List<Problem> fromText = errors(PARSER.parse(text).problems());
        assertThat(fromPath).as("an invalid fixture has errors").isNotEmpty();

        Set<ConstraintViolation<Submission>> violations = PLAIN.validate(new Submission(text, bytes, file));

        assertThat(on(violations, "text")).containsExactlyInAnyOrderElementsOf(expected(fromText));
        assertThat(on(violations, "bytes")).containsExactlyInAnyOrderElementsOf(expected(fromBytes));
        assertThat(on(violations, "file")).containsExactlyInAnyOrderElementsOf(expected(fromPath));
        assertThat(payloads(violations, "bytes")).containsExactlyInAnyOrderElementsOf(fromBytes);
        assertThat(payloads(violations, "file")).containsExactlyInAnyOrderElementsOf(fromPath);
        for (ConstraintViolation<Submission> violation : violations) {
            List<Node> nodes = new ArrayList<>();
            violation.getPropertyPath().forEach(nodes::add);
            assertThat(nodes)
                    .singleElement()
                    .satisfies(n -> assertThat(n.getKind()).isEqualTo(ElementKind.PROPERTY));
            assertThat(violation.getInvalidValue()).isSameAs(property(violation.getRootBean(), nodes.get(0)));
        }
    }

    @Test
    void theMessageNamesCodeKeyAndLine() {
        String text = fixture("valid/minimal_latest_version.yml")
                .replace("    shortDescription: Berth booking and mooring fees for small municipal harbours\n", "");

        Set<ConstraintViolation<Lenient>> violations = PLAIN.validate(new Lenient(text));

        assertThat(violations)
                .singleElement()
                .satisfies(v -> assertThat(v.getMessage())
                        .startsWith("field.required at description.en.shortDescription (line 12): "));
    }

    @Test
    void aProblemOfTheWholeDocumentHasNoKeyAndAnUnknownLineNone() {
        Set<ConstraintViolation<Lenient>> violations = PLAIN.validate(new Lenient("- a list\n"));

        assertThat(violations).singleElement().satisfies(v -> {
            Problem problem = payload(v);
            assertThat(problem.code()).isEqualTo("document.not-mapping");
            assertThat(problem.key()).isEmpty();
            assertThat(v.getMessage()).startsWith("document.not-mapping (line 1): ");
        });
    }

    @Test
    void warningsPassUnlessTheyAreNotAllowed() {
        String text = fixture("valid_with_warnings/description_genericName_deprecated.yml");
        List<Problem> warnings = PARSER.parse(text).warnings();
        assertThat(warnings).isNotEmpty();

        assertThat(PLAIN.validate(new Lenient(text))).isEmpty();
        Set<ConstraintViolation<Strict>> strict = PLAIN.validate(new Strict(text));
        assertThat(strict.stream().map(ConstraintViolation::getMessage))
                .containsExactlyInAnyOrderElementsOf(expected(warnings));
        assertThat(strict.stream().map(ValidPubliccodeTest::payload).map(Problem::severity))
                .containsOnly(Severity.WARNING);
    }

    @Test
    void aMethodParameterIsValidatedToo() throws NoSuchMethodException {
        Method publish = Service.class.getDeclaredMethod("publish", String.class);

        Set<ConstraintViolation<Service>> violations =
                PLAIN.forExecutables().validateParameters(new Service(), publish, new Object[] {"name: [\n"});

        assertThat(violations).isNotEmpty().allSatisfy(v -> {
            List<Node> nodes = new ArrayList<>();
            v.getPropertyPath().forEach(nodes::add);
            assertThat(nodes.get(nodes.size() - 1).getKind()).isEqualTo(ElementKind.PARAMETER);
            assertThat(payload(v).code()).isEqualTo("yaml.syntax");
        });
    }

    @Test
    void aMissingFileAndADirectoryAreViolationsNotExceptions(@TempDir Path dir) {
        Set<ConstraintViolation<Submission>> missing =
                PLAIN.validate(new Submission(null, null, dir.resolve("publiccode.yml")));
        Set<ConstraintViolation<Submission>> directory = PLAIN.validate(new Submission(null, null, dir));

        assertThat(missing).singleElement().satisfies(v -> {
            assertThat(payload(v).code()).isEqualTo("file.unreadable");
            assertThat(payload(v).arguments().get("reason")).startsWith("NoSuchFileException: ");
            assertThat(v.getMessage()).startsWith("file.unreadable: could not be read (NoSuchFileException: ");
        });
        assertThat(directory).singleElement().satisfies(v -> {
            assertThat(payload(v).code()).isEqualTo("file.not-regular");
            assertThat(v.getMessage()).isEqualTo("file.not-regular: is a directory");
        });
    }

    @Test
    void theCodesOfUnreadablePathsAreDocumented() throws IOException {
        String codes = Files.readString(Path.of("..", "docs", "problem-codes.md"));
        String section = codes.substring(codes.indexOf("## Bean Validation"));

        assertThat(section).contains("`file.not-regular`", "`file.unreadable`");
    }

    @Test
    void relativeFileReferencesAreCheckedOnAPathOnly(@TempDir Path dir) throws IOException {
        String text = fixture("valid/minimal_latest_version.yml") + "logo: img/missing.png\n";
        Path file = Files.writeString(dir.resolve("publiccode.yml"), text);

        Set<ConstraintViolation<Submission>> violations =
                PLAIN.validate(new Submission(text, text.getBytes(StandardCharsets.UTF_8), file));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath().toString()).isEqualTo("file");
            assertThat(payload(v).code()).isEqualTo("file.missing");
        });
    }

    @Test
    void fileContentInAMessageIsNeverInterpolated() {
        // the parser quotes the unknown key in its message; neither a message parameter nor an EL
        // expression in it may be evaluated
        String hostile = "${'evaluated'.toUpperCase()}{jakarta.validation.constraints.NotNull.message}\\$";
        String text = fixture("valid/minimal_latest_version.yml") + "\"" + hostile.replace("\\", "\\\\") + "\": x\n";
        Problem problem = PARSER.parse(text).errors().get(0);
        assertThat(problem.message()).contains(hostile);

        for (Validator validator : List.of(PLAIN, WITH_EL)) {
            assertThat(validator.validate(new Lenient(text)))
                    .singleElement()
                    .satisfies(v -> assertThat(v.getMessage())
                            .isEqualTo(expected(List.of(problem)).get(0)));
        }
    }

    @Test
    void oneValidatorServesManyThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path file : invalidFixtures().limit(40).toList()) {
            texts.add(Files.readString(file));
        }
        List<List<String>> expected = texts.stream()
                .map(t -> expected(errors(PARSER.parse(t).problems())).stream()
                        .sorted()
                        .toList())
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String text : texts) {
                    futures.add(pool.submit(() -> PLAIN.validate(new Lenient(text)).stream()
                            .map(ConstraintViolation::getMessage)
                            .sorted()
                            .toList()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % texts.size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<Problem> errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** The messages, as the annotation's Javadoc specifies them. */
    private static List<String> expected(List<Problem> problems) {
        return problems.stream()
                .map(p -> p.code() + (p.key().isEmpty() ? "" : " at " + p.key())
                        + (p.line() > 0 ? " (line " + p.line() + ")" : "") + ": " + p.message())
                .toList();
    }

    private static <T> List<String> on(Set<ConstraintViolation<T>> violations, String property) {
        return violations.stream()
                .filter(v -> v.getPropertyPath().toString().equals(property))
                .sorted(Comparator.comparing(ConstraintViolation::getMessage))
                .map(ConstraintViolation::getMessage)
                .toList();
    }

    private static <T> List<Problem> payloads(Set<ConstraintViolation<T>> violations, String property) {
        return violations.stream()
                .filter(v -> v.getPropertyPath().toString().equals(property))
                .map(ValidPubliccodeTest::payload)
                .toList();
    }

    private static Problem payload(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        Problem problem = hibernate.getDynamicPayload(Problem.class);
        assertThat(problem).as("dynamic payload of " + violation).isNotNull();
        return problem;
    }

    private static Object property(Object bean, Node node) {
        Submission s = (Submission) bean;
        return switch (node.getName()) {
            case "text" -> s.text();
            case "bytes" -> s.bytes();
            default -> s.file();
        };
    }

    private static String fixture(String name) {
        try {
            return Files.readString(FIXTURES.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
