package eu.ospo.governance.internal.read;

import eu.ospo.governance.internal.read.References.Kind;
import eu.ospo.model.Keyword;
import eu.ospo.model.validation.Slug;
import eu.ospo.publiccode.internal.check.Dates;
import eu.ospo.yaml.internal.KeyPath;
import eu.ospo.yaml.internal.MappingReader;
import eu.ospo.yaml.internal.ProblemList;
import eu.ospo.yaml.internal.ProblemList.Position;
import eu.ospo.yaml.internal.YamlMapping;
import eu.ospo.yaml.internal.YamlScalar;
import eu.ospo.yaml.internal.YamlSequence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Typed reading of one governance.yml mapping: every accessor marks its key as known, checks the
 * value's kind and format, reports what is wrong at the key's position and returns the value, or
 * empty when it is absent or wrong. A wrong value is reported once: a mistyped required key is a
 * wrong type, not also a missing key.
 */
final class Fields {

    /** Whether a key must be there. */
    enum Presence {
        REQUIRED,
        OPTIONAL
    }

    /** A scalar's text with its key path and the position problems about it are reported at. */
    record Text(String value, KeyPath path, Position at) {}

    private static final Pattern SLUG = Pattern.compile(Slug.REGEX);

    private final MappingReader reader;
    private final ProblemList problems;
    private final References references;
    private final String version;

    Fields(MappingReader reader, References references, String version) {
        this.reader = reader;
        this.problems = reader.problems();
        this.references = references;
        this.version = version;
    }

    /** The {@code governanceYmlVersion} the file declares. */
    String version() {
        return version;
    }

    /** Whether the file declares {@code since} or a later version. */
    boolean declaresAtLeast(String since) {
        return compareVersions(version, since) >= 0;
    }

    /** Compares dotted version numbers ({@code 0.1} before {@code 0.2} before {@code 0.10}). */
    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int l = i < left.length ? Integer.parseInt(left[i]) : 0;
            int r = i < right.length ? Integer.parseInt(right[i]) : 0;
            if (l != r) {
                return Integer.compare(l, r);
            }
        }
        return 0;
    }

    /**
     * Whether a key the format gained in version {@code since} may be read here. When the file
     * declares an older version and the key is there, reports {@code field.version} at the key (once,
     * instead of {@code field.unknown}) and returns false; the caller then leaves the key unread.
     */
    boolean allows(String name, String since) {
        if (declaresAtLeast(since) || !reader.has(name)) {
            return true;
        }
        reader.entry(name);
        problems.error(
                Codes.FIELD_VERSION,
                path().field(name),
                keyPosition(name),
                name + " needs governanceYmlVersion \"" + since + "\" or later; this file declares \"" + version + "\"",
                "since",
                since,
                "declared",
                version);
        return false;
    }

    ProblemList problems() {
        return problems;
    }

    References references() {
        return references;
    }

    /** The mapping's own key path. */
    KeyPath path() {
        return reader.path();
    }

    /** Where a problem about the whole mapping (a missing key) is reported: its first key. */
    Position position() {
        return reader.position();
    }

    /** The position of a key, or of the mapping when the key is absent. */
    Position keyPosition(String name) {
        return reader.keyPosition(name);
    }

    /** Reports the keys nobody asked for as unknown. */
    void finish() {
        reader.finish();
    }

    /** The value of a key that is present and not null; marks the key as known either way. */
    Optional<YamlMapping.Entry> entry(String name, Presence presence) {
        Optional<YamlMapping.Entry> entry = reader.entry(name);
        if (entry.isEmpty() && presence == Presence.REQUIRED) {
            problems.required(path().field(name), reader.has(name) ? keyPosition(name) : position());
        }
        return entry;
    }

    private Optional<Text> scalar(String name, Presence presence, String expected) {
        Optional<YamlMapping.Entry> entry = entry(name, presence);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        KeyPath field = path().field(name);
        if (entry.get().value() instanceof YamlScalar scalar) {
            return Optional.of(
                    new Text(scalar.value(), field, Position.of(entry.get().key())));
        }
        problems.wrongType(field, entry.get().value(), expected);
        return Optional.empty();
    }

    /**
     * Text, kept verbatim (a number or boolean is taken as written). A blank required value is
     * reported as missing; a blank optional one as {@code value.blank}.
     */
    Optional<Text> text(String name, Presence presence) {
        Optional<Text> text = scalar(name, presence, "a string");
        if (text.isPresent() && text.get().value().isBlank()) {
            if (presence == Presence.REQUIRED) {
                problems.required(text.get().path(), text.get().at());
            } else {
                blank(text.get());
            }
            return Optional.empty();
        }
        return text;
    }

    Optional<String> string(String name, Presence presence) {
        return text(name, presence).map(Text::value);
    }

    private void blank(Text text) {
        problems.error(Codes.BLANK, text.path(), text.at(), text.path().fieldName() + " must not be empty");
    }

    /** Whether a key is there with a non-null value (of any kind); marks the key as known. */
    boolean present(String name) {
        return reader.entry(name).isPresent();
    }

    /** The core-schema type of a scalar value, if the key holds one. */
    Optional<YamlScalar.Type> scalarType(String name) {
        return reader.entry(name)
                .map(YamlMapping.Entry::value)
                .filter(YamlScalar.class::isInstance)
                .map(node -> ((YamlScalar) node).type());
    }

    /** Reports {@code field.required-when}: a key missing because of another key's value. */
    void requiredWhen(String name, String because, String when) {
        problems.error(
                Codes.REQUIRED_WHEN,
                path().field(name),
                position(),
                name + " is required when " + because,
                "when",
                when);
    }

    /**
     * A text that must pass a check; reports {@code code} with {@code message} when it does not, and
     * keeps the value as written either way (a semantic problem, see {@link Codes#SEMANTIC}).
     */
    Optional<String> checked(
            String name, Presence presence, java.util.function.Predicate<String> check, String code, String message) {
        Optional<Text> text = text(name, presence);
        if (text.isPresent() && !check.test(text.get().value())) {
            problems.error(
                    code,
                    text.get().path(),
                    text.get().at(),
                    name + " " + message,
                    "value",
                    text.get().value());
        }
        return text.map(Text::value);
    }

    /** A strict {@code YYYY-MM-DD} date. */
    Optional<LocalDate> date(String name, Presence presence) {
        Optional<Text> text = text(name, presence);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = Dates.parse(text.get().value());
        if (date.isEmpty()) {
            problems.error(
                    Codes.DATE,
                    text.get().path(),
                    text.get().at(),
                    name + " must be a date with format 'YYYY-MM-DD'",
                    "value",
                    text.get().value());
        }
        return date;
    }

    /** One term of a closed vocabulary. */
    <E extends Enum<E> & Keyword> Optional<E> keyword(String name, Class<E> type, Presence presence) {
        return text(name, presence).flatMap(text -> term(text, type));
    }

    private <E extends Enum<E> & Keyword> Optional<E> term(Text text, Class<E> type) {
        Optional<E> term = Keyword.fromValue(type, text.value());
        if (term.isEmpty()) {
            problems.notAllowed(text.path(), text.at(), terms(type));
        }
        return term;
    }

    static <E extends Enum<E> & Keyword> List<String> terms(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyword::value).toList();
    }

    /**
     * A list of vocabulary terms; a required list must have at least one item. Items that are not
     * terms are reported and left out.
     */
    <E extends Enum<E> & Keyword> List<E> keywords(String name, Class<E> type, Presence presence) {
        List<E> terms = new ArrayList<>();
        for (Text item : texts(name, presence)) {
            term(item, type).ifPresent(terms::add);
        }
        return terms;
    }

    /**
     * A list of non-blank texts; a required list must have at least one item. Mistyped and blank items
     * are reported and left out.
     */
    List<Text> texts(String name, Presence presence) {
        Optional<MappingReader.Field<YamlSequence>> sequence = sequence(name, presence);
        if (sequence.isEmpty()) {
            return List.of();
        }
        List<Text> items = new ArrayList<>();
        for (MappingReader.Text item : reader.texts(
                sequence.get().node(), sequence.get().path(), sequence.get().key())) {
            Text text = new Text(item.value(), item.path(), item.at());
            if (text.value().isBlank()) {
                blank(text);
            } else {
                items.add(text);
            }
        }
        return items;
    }

    private Optional<MappingReader.Field<YamlSequence>> sequence(String name, Presence presence) {
        entry(name, presence);
        Optional<MappingReader.Field<YamlSequence>> sequence = reader.sequence(name);
        if (sequence.isPresent()
                && presence == Presence.REQUIRED
                && sequence.get().node().items().isEmpty()) {
            problems.empty(sequence.get().path(), sequence.get().key());
        }
        return sequence;
    }

    /** The mapping items of a list; a required list must have at least one item. */
    List<Fields> items(String name, Presence presence) {
        Optional<MappingReader.Field<YamlSequence>> sequence = sequence(name, presence);
        if (sequence.isEmpty()) {
            return List.of();
        }
        return reader.mappings(sequence.get()).stream()
                .map(item -> new Fields(item, references, version))
                .toList();
    }

    /** A nested mapping. */
    Optional<Fields> mapping(String name, Presence presence) {
        entry(name, presence);
        return reader.mapping(name).map(child -> new Fields(child, references, version));
    }

    /** Every entry of a free-form mapping (keys are data), in file order. */
    List<YamlMapping.Entry> entries() {
        return reader.entries();
    }

    /** {@code true} or {@code false}. */
    Optional<Boolean> bool(String name) {
        return reader.bool(name);
    }

    /** An id: declared for duplicate detection; {@code slug} ids must also be slugs. */
    Optional<String> id(Kind kind, boolean slug) {
        Optional<Text> text = text("id", Presence.REQUIRED);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        references.declare(
                kind, text.get().value(), text.get().path(), text.get().at());
        if (slug && !SLUG.matcher(text.get().value()).matches()) {
            problems.error(
                    Codes.SLUG,
                    text.get().path(),
                    text.get().at(),
                    "id must be a slug: 2-63 lower-case letters, digits or hyphens, not starting with a hyphen",
                    "value",
                    text.get().value());
        }
        return text.map(Text::value);
    }

    /** A reference to an id declared elsewhere in the file. */
    Optional<String> reference(String name, Kind kind, Presence presence) {
        Optional<Text> text = text(name, presence);
        text.ifPresent(t -> references.refer(kind, t.value(), t.path(), t.at()));
        return text.map(Text::value);
    }

    /** A list of references. */
    List<String> referenceList(String name, Kind kind) {
        List<String> ids = new ArrayList<>();
        for (Text item : texts(name, Presence.OPTIONAL)) {
            references.refer(kind, item.value(), item.path(), item.at());
            ids.add(item.value());
        }
        return ids;
    }

    /** Applies {@code read} to a nested mapping when it is there. */
    <T> Optional<T> nested(String name, Presence presence, Function<Fields, Optional<T>> read) {
        return mapping(name, presence).flatMap(read);
    }

    /** Reports an error about a key of this mapping. */
    void error(String code, String name, String message, String... arguments) {
        problems.error(code, path().field(name), keyPosition(name), message, arguments);
    }
}
