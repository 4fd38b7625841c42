package eu.ospo.jackson.internal;

import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import eu.ospo.yaml.internal.KeyPath;
import eu.ospo.yaml.internal.MappingReader;
import eu.ospo.yaml.internal.MappingReader.Text;
import eu.ospo.yaml.internal.ProblemList;
import eu.ospo.yaml.internal.ProblemList.Position;
import eu.ospo.yaml.internal.YamlMapping;
import eu.ospo.yaml.internal.YamlNode;
import eu.ospo.yaml.internal.YamlScalar;
import eu.ospo.yaml.internal.YamlSequence;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * Findings and evaluations as JSON, in the shape of the JSON report ({@code docs/reports.md}): a
 * finding is one of the report's {@code findings[]}, an evaluation its {@code evaluationDate},
 * {@code ruleset}, {@code passed} and {@code findings}. Reading checks the shape with the YAML layer's
 * field reader (unknown keys, wrong types, required keys) and accepts a whole JSON report as an
 * evaluation (its {@code tool}, {@code summary} and {@code problems} are derived data and ignored).
 */
public final class FindingJson {

    private static final String DATE = "value.date";
    private static final String URI_CODE = "value.uri";

    private FindingJson() {}

    /**
     * Writes a finding.
     *
     * @param finding the finding
     * @param out the generator
     */
    public static void write(Finding finding, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("ruleId", finding.ruleId());
        out.writeStringProperty("severity", finding.severity().label());
        out.writeStringProperty("status", finding.status().label());
        out.writeStringProperty("message", finding.message());
        out.writeArrayPropertyStart("locations");
        for (Location location : finding.locations()) {
            out.writeStartObject();
            out.writeStringProperty("file", location.file());
            out.writeStringProperty("key", location.key());
            out.writeNumberProperty("line", location.line());
            out.writeNumberProperty("column", location.column());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("evidence");
        value(finding.evidence(), out);
        out.writeStringProperty("anchor", finding.anchor().toString());
        out.writeEndObject();
    }

    /**
     * Writes an evaluation.
     *
     * @param evaluation the evaluation
     * @param out the generator
     */
    public static void write(Evaluation evaluation, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("evaluationDate", evaluation.date().toString());
        out.writeStringProperty("ruleset", evaluation.rulesetName());
        out.writeBooleanProperty("passed", evaluation.passed());
        out.writeArrayPropertyStart("findings");
        for (Finding finding : evaluation.findings()) {
            write(finding, out);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** An evidence value, as the JSON report writes it: exact numbers, dates and other values as text. */
    private static void value(Object value, JsonGenerator out) {
        if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof BigDecimal decimal) {
            out.writeNumber(decimal.toPlainString());
        } else if (value instanceof BigInteger integer) {
            out.writeNumber(integer);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            out.writeNumber(new BigDecimal(number.toString()).toPlainString());
        } else if (value instanceof Collection<?> items) {
            out.writeStartArray();
            for (Object item : items) {
                value(item, out);
            }
            out.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeName(String.valueOf(entry.getKey()));
                value(entry.getValue(), out);
            }
            out.writeEndObject();
        } else if (value instanceof TemporalAccessor) {
            out.writeString(value.toString());
        } else {
            out.writeString(String.valueOf(value));
        }
    }

    /**
     * Reads a finding.
     *
     * @param loaded the loaded JSON value
     * @return the finding, or the problems
     */
    public static Read<Finding> readFinding(Loaded loaded) {
        return read(loaded, (reader, problems) -> finding(reader));
    }

    /**
     * Reads an evaluation (or a whole JSON report).
     *
     * @param loaded the loaded JSON value
     * @return the evaluation, or the problems
     */
    public static Read<Evaluation> readEvaluation(Loaded loaded) {
        return read(loaded, FindingJson::evaluation);
    }

    private interface Section<T> {
        Optional<T> read(MappingReader reader, ProblemList problems);
    }

    private static <T> Read<T> read(Loaded loaded, Section<T> section) {
        ProblemList problems = new ProblemList();
        problems.addAll(loaded.document().problems());
        Optional<T> value = Optional.empty();
        if (!loaded.document().failed()) {
            Optional<YamlNode> root = loaded.document().root();
            if (root.isPresent() && root.get() instanceof YamlMapping mapping) {
                value = section.read(new MappingReader(mapping, KeyPath.ROOT, problems), problems);
            } else if (root.isPresent()) {
                problems.wrongType(KeyPath.ROOT, root.get(), "an object");
            } else {
                problems.required(KeyPath.ROOT, Position.UNKNOWN);
            }
        }
        return new Read<>(problems.hasErrors() ? Optional.empty() : value, loaded.locate(problems.all()));
    }

    private static Optional<Evaluation> evaluation(MappingReader reader, ProblemList problems) {
        Optional<LocalDate> date = reader.requiredText("evaluationDate").flatMap(text -> date(text, problems));
        Optional<Text> ruleset = reader.requiredText("ruleset");
        List<Finding> findings = new ArrayList<>();
        reader.sequence("findings").ifPresent(field -> {
            for (MappingReader item : reader.mappings(field)) {
                finding(item).ifPresent(findings::add);
            }
        });
        for (String derived : List.of("tool", "passed", "summary", "problems")) {
            reader.accept(derived);
        }
        reader.finish();
        if (date.isEmpty() || ruleset.isEmpty() || !reader.has("findings")) {
            if (!reader.has("findings")) {
                problems.required(reader.path().field("findings"), reader.position());
            }
            return Optional.empty();
        }
        return Optional.of(new Evaluation(date.get(), ruleset.get().value(), findings));
    }

    private static Optional<Finding> finding(MappingReader reader) {
        ProblemList problems = reader.problems();
        Optional<Text> ruleId = reader.requiredText("ruleId");
        Optional<Severity> severity = reader.requiredText("severity")
                .flatMap(text -> keyword(text, Severity.values(), Severity::label, problems));
        Optional<Status> status =
                reader.requiredText("status").flatMap(text -> keyword(text, Status.values(), Status::label, problems));
        Optional<Text> message = reader.text("message");
        if (message.isEmpty() && !reader.has("message")) {
            problems.required(reader.path().field("message"), reader.position());
        }
        List<Location> locations = new ArrayList<>();
        reader.sequence("locations").ifPresent(field -> {
            for (MappingReader item : reader.mappings(field)) {
                location(item).ifPresent(locations::add);
            }
        });
        Map<String, Object> evidence = new LinkedHashMap<>();
        reader.mapping("evidence").ifPresent(map -> evidence.putAll(object(map)));
        Optional<URI> anchor = reader.requiredText("anchor").flatMap(text -> uri(text, problems));
        reader.finish();
        if (ruleId.isEmpty() || severity.isEmpty() || status.isEmpty() || message.isEmpty() || anchor.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(
                ruleId.get().value(),
                severity.get(),
                status.get(),
                message.get().value(),
                locations,
                evidence,
                anchor.get()));
    }

    private static Optional<Location> location(MappingReader reader) {
        Optional<Text> file = reader.text("file");
        Optional<Text> key = reader.text("key");
        Optional<Integer> line = count(reader, "line");
        Optional<Integer> column = count(reader, "column");
        reader.finish();
        if (file.isEmpty() && !reader.has("file")) {
            reader.problems().required(reader.path().field("file"), reader.position());
            return Optional.empty();
        }
        return file.map(
                f -> new Location(f.value(), key.map(Text::value).orElse(""), line.orElse(0), column.orElse(0)));
    }

    /** A line or column: a whole number, at least 0. */
    private static Optional<Integer> count(MappingReader reader, String name) {
        Optional<YamlMapping.Entry> entry = reader.entry(name);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (entry.get().value() instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.INT) {
            try {
                int value = Integer.parseInt(scalar.value());
                if (value >= 0) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        reader.problems().wrongType(reader.path().field(name), entry.get().value(), "a whole number, at least 0");
        return Optional.empty();
    }

    /** Evidence: JSON values as Java values (numbers as BigDecimal, or Long when whole). */
    private static Map<String, Object> object(MappingReader reader) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (YamlMapping.Entry entry : reader.entries()) {
            javaValue(entry.value()).ifPresent(v -> values.put(entry.name(), v));
        }
        return values;
    }

    private static Optional<Object> javaValue(YamlNode node) {
        if (node instanceof YamlMapping mapping) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (YamlMapping.Entry entry : mapping.entries()) {
                javaValue(entry.value()).ifPresent(v -> values.put(entry.name(), v));
            }
            return Optional.of(values);
        }
        if (node instanceof YamlSequence sequence) {
            List<Object> items = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                javaValue(item).ifPresent(items::add);
            }
            return Optional.of(items);
        }
        YamlScalar scalar = (YamlScalar) node;
        return switch (scalar.type()) {
            case NULL -> Optional.empty();
            case BOOL -> Optional.of(Boolean.parseBoolean(scalar.value()));
            case INT -> Optional.of(whole(scalar.value()));
            case FLOAT -> Optional.of(new BigDecimal(scalar.value()));
            case STRING -> Optional.of(scalar.value());
        };
    }

    private static Object whole(String text) {
        BigInteger value = new BigInteger(text);
        return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
    }

    private static <E> Optional<E> keyword(Text text, E[] values, Function<E, String> label, ProblemList problems) {
        for (E value : values) {
            if (label.apply(value).equals(text.value())) {
                return Optional.of(value);
            }
        }
        problems.notAllowed(
                text.path(), text.at(), Arrays.stream(values).map(label).toList());
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Text text, ProblemList problems) {
        return parsed(text, problems, DATE, "must be a date with format 'YYYY-MM-DD'", value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<URI> uri(Text text, ProblemList problems) {
        return parsed(text, problems, URI_CODE, "must be a valid URI", value -> {
            try {
                return Optional.of(new URI(value));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        });
    }

    /** A text parsed into a value, or a problem with the code and rule when it does not parse. */
    private static <T> Optional<T> parsed(
            Text text, ProblemList problems, String code, String rule, Function<String, Optional<T>> parse) {
        Optional<T> value = parse.apply(text.value());
        if (value.isEmpty()) {
            problems.error(code, text.path(), text.at(), text.path().fieldName() + " " + rule, "value", text.value());
        }
        return value;
    }
}
