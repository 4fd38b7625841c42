package eu.ospo.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.GovernanceWriter;
import eu.ospo.model.Governance;
import eu.ospo.problem.Problem;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Parity of the model's Jakarta constraints with the governance.yml parser, in the direction the
 * parser-side tests do not cover: a model the parser rejects (written with {@link GovernanceWriter}
 * and parsed back) must fail the model's constraints too, so that a model built in code and checked
 * with a {@code Validator} is held to the same rules as a file. Models are the testkit's broken
 * variants, and single-value mutants of valid communities and of the governance.yml fixtures (every
 * text and number component of every record, replaced in turn by values that break one format or
 * range). What the model cannot check is listed in {@link #EXCEPTIONS}, each with its reason; any
 * other gap fails the test, and so does an exception that no longer occurs.
 */
class ModelParserParityTest {

    private static final GovernanceParser PARSER = GovernanceParser.builder().build();

    /**
     * The parser's problems a model's constraints do not report, and why. A key is a problem code
     * (never reported by the constraints) or {@code CODE for 'VALUE'} (not reported for that value).
     */
    static final Map<String, String> EXCEPTIONS = Map.of(
            "reference.unknown",
            "a reference resolves against the ids of other records of the file (cross-record: see"
                    + " eu.ospo.model.validation's package documentation)",
            "reference.mismatch",
            "a report's team must belong to the report's organisation and have the coder as a member:"
                    + " three records (cross-record)",
            "id.duplicate",
            "uniqueness is a property of a list of records, not of one record (cross-record)",
            "range.overlap",
            "two periods of one contact in one role that share days are two records of a team's members"
                    + " (cross-record, like uniqueness)",
            "value.ipa-code",
            "the iPA index is reference data of ospo-publiccode (about 23,000 codes); ospo-model does not"
                    + " carry it",
            "value.uri for 'http:x'",
            "@AbsoluteUri checks the shape (scheme, colon, more); the URI grammar (a host, RFC 2141 for"
                    + " URNs) is the parser's, a port of Go's url parsing that ospo-model does not carry");

    /** Texts that break a format, a vocabulary or a presence rule somewhere. */
    private static final List<String> TEXTS =
            List.of("", " ", "not a uri", "x", "ZZ", "nl", "Bad Id", "no-such-id", "2025-13", "a@", "http:x", "0.1");

    /** Texts given to an absent optional text. */
    private static final List<String> FILLS = List.of("", "x", "not a uri", "no-such-id");

    /** Numbers that break a range somewhere. */
    private static final List<BigDecimal> NUMBERS =
            List.of(new BigDecimal("-1"), BigDecimal.ZERO, new BigDecimal("100.5"), new BigDecimal("1000000"));

    /** Whether every code of a gap is explained, by its code or by its code for that value. */
    static boolean explained(Set<String> codes, Object value) {
        return codes.stream()
                .allMatch(
                        code -> EXCEPTIONS.containsKey(code) || EXCEPTIONS.containsKey(code + " for '" + value + "'"));
    }

    @ParameterizedTest
    @EnumSource(Defect.class)
    void everyBrokenVariantTheParserRejectsFailsTheModelsConstraints(Defect defect) {
        Map<String, String> gaps = new TreeMap<>();
        for (BrokenGovernance broken : ValidByConstructionTest.sample(
                Broken.of(defect, defect.needsTeams() ? TeamPropertiesTest.TEAMS : Communities.governance()), 100)) {
            GovernanceResult result = PARSER.parse(GovernanceWriter.write(broken.governance()));
            assertThat(result.problems().stream().map(Problem::code))
                    .as(broken.toString())
                    .containsExactlyElementsOf(defect.problemCode().stream().toList());
            if (!result.isValid()
                    && ModelCheck.constraintViolations(broken.governance()).isEmpty()) {
                gaps.putIfAbsent(defect.problemCode().orElseThrow(), broken.toString());
            }
        }
        assertThat(gaps.keySet()).as("gaps: %s", gaps).isSubsetOf(EXCEPTIONS.keySet());
    }

    @Test
    void everySingleValueMutantTheParserRejectsFailsTheModelsConstraintsAndNoOther() throws IOException {
        List<Governance> models = new ArrayList<>(ValidByConstructionTest.sample(Communities.governance(), 2));
        Path fixtures = Path.of("..", "ospo-governance", "src", "test", "resources", "governance");
        for (String name : List.of("all-keys.yml", "teams-example.yml", "worked-example.yml")) {
            models.add(PARSER.parse(Files.readString(fixtures.resolve(name)))
                    .governance()
                    .orElseThrow());
        }
        Map<String, String> gaps = new TreeMap<>();
        Map<String, String> unexplained = new TreeMap<>();
        Map<String, String> overreach = new TreeMap<>();
        Set<String> rejectedCodes = new TreeSet<>();
        int[] counts = new int[2];
        for (Governance model : models) {
            for (Mutant mutant : mutants(model)) {
                String yaml;
                try {
                    yaml = GovernanceWriter.write(mutant.model());
                } catch (RuntimeException e) {
                    continue; // the writer refuses what it cannot write
                }
                GovernanceResult result = PARSER.parse(yaml);
                Map<String, String> violations = ModelCheck.constraintViolations(mutant.model());
                counts[result.isValid() ? 0 : 1]++;
                String site = mutant.path().replaceAll("\\[\\d+]", "[]") + " = '" + mutant.value() + "'";
                if (!result.isValid()) {
                    Set<String> codes =
                            result.errors().stream().map(Problem::code).collect(Collectors.toCollection(TreeSet::new));
                    rejectedCodes.addAll(codes);
                    if (violations.isEmpty()) {
                        gaps.putIfAbsent(site, String.join(", ", codes));
                        if (!explained(codes, mutant.value())) {
                            unexplained.putIfAbsent(site, String.join(", ", codes));
                        }
                    }
                } else if (!violations.isEmpty()) {
                    overreach.putIfAbsent(site, violations.toString());
                }
            }
        }
        assertThat(counts[0]).as("mutants the parser accepts").isGreaterThan(100);
        assertThat(counts[1]).as("mutants the parser rejects").isGreaterThan(1000);
        assertThat(overreach).as("the model rejects what the parser accepts").isEmpty();
        assertThat(unexplained)
                .as("parser problems the model's constraints miss (%s mutants rejected)", counts[1])
                .isEmpty();
        Set<String> occurring = new TreeSet<>();
        gaps.forEach((site, codes) -> {
            String value = site.substring(site.indexOf(" = '") + 4, site.length() - 1);
            for (String code : codes.split(", ")) {
                occurring.add(EXCEPTIONS.containsKey(code) ? code : code + " for '" + value + "'");
            }
        });
        for (Defect defect : Defect.values()) {
            defect.problemCode().ifPresent(occurring::add); // the broken variants' gaps (id.duplicate)
        }
        assertThat(occurring).as("every exception still occurs").containsAll(EXCEPTIONS.keySet());
        assertThat(rejectedCodes).as("the mutants break many rules").hasSizeGreaterThan(10);
    }

    @Test
    void theModelAndTheParserAcceptTheSameCountryCodes() throws IOException {
        String yaml = Files.readString(
                Path.of("..", "ospo-governance", "src", "test", "resources", "governance", "minimal.yml"));
        Governance model = PARSER.parse(yaml).governance().orElseThrow();
        Set<String> parser = new TreeSet<>();
        Set<String> constraints = new TreeSet<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "" + a + b;
                if (PARSER.parse(yaml.replace("country: BE", "country: " + code))
                        .isValid()) {
                    parser.add(code);
                }
                Governance g = model.withOrganisations(
                        List.of(model.organisations().get(0).withCountry(code)));
                if (ModelCheck.constraintViolations(g).isEmpty()) {
                    constraints.add(code);
                }
            }
        }
        assertThat(parser).hasSize(250).contains("XK", "NL", "IT");
        assertThat(constraints).isEqualTo(parser);
    }

    /** A model with one value replaced, the HV-style property path of the value, and the value. */
    record Mutant(Governance model, String path, Object value) {}

    /** Every single-value mutant of a model. */
    static List<Mutant> mutants(Governance model) {
        List<Mutant> out = new ArrayList<>();
        mutate(
                model,
                "",
                replaced -> out.add(new Mutant((Governance) replaced.root(), replaced.path(), replaced.value())),
                Function.identity());
        return out;
    }

    private record Replaced(Object root, String path, Object value) {}

    /**
     * Visits every replaceable value under {@code record}; {@code rebuild} turns a replacement of
     * {@code record} into a replacement of the root.
     */
    private static void mutate(
            Object record, String path, java.util.function.Consumer<Replaced> sink, Function<Object, Object> rebuild) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = get(record, components[i]);
        }
        for (int i = 0; i < components.length; i++) {
            int index = i;
            String at = path.isEmpty() ? components[i].getName() : path + "." + components[i].getName();
            Function<Object, Object> replaceHere = v -> rebuild.apply(with(record, values, index, v));
            if (values[i] instanceof Optional<?> optional && optional.isEmpty()) {
                fill(components[i].getGenericType(), at, sink, replaceHere);
            } else {
                visit(values[i], at, sink, replaceHere);
            }
        }
    }

    private static void visit(
            Object value, String at, java.util.function.Consumer<Replaced> sink, Function<Object, Object> replace) {
        if (value instanceof String) {
            for (String text : TEXTS) {
                offer(sink, replace, at, text, text);
            }
        } else if (value instanceof BigDecimal || value instanceof Integer) {
            for (BigDecimal number : NUMBERS) {
                Object replacement = value instanceof Integer ? (Object) number.intValue() : number;
                offer(sink, replace, at, replacement, number);
            }
        } else if (value instanceof Optional<?> optional && optional.isPresent()) {
            visit(optional.get(), at, sink, v -> replace.apply(Optional.of(v)));
        } else if (value instanceof List<?> list) {
            for (int k = 0; k < list.size(); k++) {
                int item = k;
                visit(list.get(k), at + "[" + k + "]", sink, v -> {
                    List<Object> copy = new ArrayList<>(list);
                    copy.set(item, v);
                    return replace.apply(copy);
                });
            }
        } else if (value != null && value.getClass().isRecord()) {
            mutate(value, at, sink, replace);
        }
    }

    /** Gives an absent optional text or number each of the values. */
    private static void fill(
            java.lang.reflect.Type type,
            String at,
            java.util.function.Consumer<Replaced> sink,
            Function<Object, Object> replace) {
        if (!(type instanceof java.lang.reflect.ParameterizedType parameterized)) {
            return;
        }
        java.lang.reflect.Type element = parameterized.getActualTypeArguments()[0];
        if (element == String.class) {
            for (String text : FILLS) {
                offer(sink, replace, at, Optional.of(text), text);
            }
        } else if (element == BigDecimal.class || element == Integer.class) {
            for (BigDecimal number : NUMBERS) {
                Object value = element == Integer.class ? (Object) number.intValue() : number;
                offer(sink, replace, at, Optional.of(value), number);
            }
        }
    }

    private static void offer(
            java.util.function.Consumer<Replaced> sink,
            Function<Object, Object> replace,
            String at,
            Object replacement,
            Object shown) {
        Object root;
        try {
            root = replace.apply(replacement);
        } catch (RuntimeException e) {
            return; // a record's constructor refuses the value: the model cannot hold it at all
        }
        sink.accept(new Replaced(root, at, shown));
    }

    private static Object get(Object record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object with(Object record, Object[] values, int index, Object value) {
        Object[] copy = values.clone();
        copy[index] = value;
        RecordComponent[] components = record.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(copy);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
