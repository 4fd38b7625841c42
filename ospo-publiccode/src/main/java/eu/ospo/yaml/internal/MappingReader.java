package eu.ospo.yaml.internal;

import eu.ospo.yaml.internal.ProblemList.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one mapping with type checks, and reports the keys nobody asked for as unknown
 * when {@link #finish()} is called. A value of the wrong type is reported and then treated as absent.
 */
public final class MappingReader {

    /** A scalar value with the positions of its key and of itself. */
    public record Text(String value, KeyPath path, Position key, Position at) {}

    /** A field's entry, after its value was found to be of the expected kind. */
    public record Field<N extends YamlNode>(N node, KeyPath path, Position key) {}

    /** How a null item of a list ({@code - }, {@code - ~}, {@code - &anchor}) is read. */
    public enum NullItems {
        /** As a mistake: {@code field.wrong-type}, and the item is skipped (governance.yml, rulesets). */
        WRONG_TYPE,
        /**
         * As an empty value: the empty string in a list of scalars, an empty mapping in a list of mappings
         * (publiccode.yml, whose reference validator decodes a null item as its type's zero value).
         */
        EMPTY
    }

    private final YamlMapping mapping;
    private final KeyPath path;
    private final ProblemList problems;
    private final NullItems nullItems;
    private final Set<String> known = new HashSet<>();

    /**
     * A reader that reports null list items as wrong types.
     *
     * @param mapping the mapping
     * @param path its key path
     * @param problems where to report
     */
    public MappingReader(YamlMapping mapping, KeyPath path, ProblemList problems) {
        this(mapping, path, problems, NullItems.WRONG_TYPE);
    }

    /**
     * A reader; the readers of nested mappings it hands out read null items the same way.
     *
     * @param mapping the mapping
     * @param path its key path
     * @param problems where to report
     * @param nullItems how null list items are read
     */
    public MappingReader(YamlMapping mapping, KeyPath path, ProblemList problems, NullItems nullItems) {
        this.mapping = mapping;
        this.path = path;
        this.problems = problems;
        this.nullItems = nullItems;
    }

    /**
     * A reader of a nested mapping found by other means (for example an entry of a free-form map),
     * reading null list items as this one does.
     *
     * @param child the nested mapping
     * @param childPath its key path
     * @return the reader
     */
    public MappingReader child(YamlMapping child, KeyPath childPath) {
        return new MappingReader(child, childPath, problems, nullItems);
    }

    public KeyPath path() {
        return path;
    }

    /** Where a missing child is reported: the mapping's first key (or its brace). */
    public Position position() {
        return Position.of(mapping);
    }

    public ProblemList problems() {
        return problems;
    }

    public boolean has(String name) {
        return mapping.entry(name).isPresent();
    }

    /** The entry, marking the key as known; null values count as absent. */
    public Optional<YamlMapping.Entry> entry(String name) {
        known.add(name);
        Optional<YamlMapping.Entry> entry = mapping.entry(name); // every key read passes here: no lambdas
        if (entry.isEmpty()) {
            return entry;
        }
        YamlMapping.Entry found = entry.get();
        problems.located(path.field(name), Position.of(found.key()));
        return found.value() instanceof YamlScalar s && s.isNull() ? Optional.empty() : entry;
    }

    /** Marks a key as known without reading it. */
    public void accept(String name) {
        known.add(name);
    }

    public Position keyPosition(String name) {
        return mapping.entry(name).map(e -> Position.of(e.key())).orElse(position());
    }

    /** A scalar read as text (numbers and booleans are accepted and kept verbatim). */
    public Optional<Text> text(String name) {
        Optional<YamlMapping.Entry> entry = entry(name);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        KeyPath field = path.field(name);
        if (entry.get().value() instanceof YamlScalar scalar) {
            return Optional.of(
                    new Text(scalar.value(), field, Position.of(entry.get().key()), Position.of(scalar)));
        }
        problems.wrongType(field, entry.get().value(), "a string");
        return Optional.empty();
    }

    /** A required, non-empty scalar; reports {@code field.required} when missing, null, empty or mistyped. */
    public Optional<Text> requiredText(String name) {
        Optional<Text> text = text(name);
        if (text.isPresent() && !text.get().value().isEmpty()) {
            return text;
        }
        problems.required(path.field(name), has(name) ? keyPosition(name) : position());
        return Optional.empty();
    }

    /** A boolean: only {@code true}/{@code false}; quoted values and YAML 1.1 {@code yes}/{@code no} are wrong types. */
    public Optional<Boolean> bool(String name) {
        Optional<YamlMapping.Entry> entry = entry(name);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (entry.get().value() instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.BOOL) {
            return Optional.of(Boolean.parseBoolean(scalar.value().toLowerCase(java.util.Locale.ROOT)));
        }
        problems.wrongType(path.field(name), entry.get().value(), "true or false");
        return Optional.empty();
    }

    public Optional<Field<YamlSequence>> sequence(String name) {
        Optional<YamlMapping.Entry> entry = entry(name);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (entry.get().value() instanceof YamlSequence sequence) {
            return Optional.of(new Field<>(
                    sequence, path.field(name), Position.of(entry.get().key())));
        }
        problems.wrongType(path.field(name), entry.get().value(), "a list");
        return Optional.empty();
    }

    public Optional<MappingReader> mapping(String name) {
        Optional<YamlMapping.Entry> entry = entry(name);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (entry.get().value() instanceof YamlMapping nested) {
            return Optional.of(child(nested, path.field(name)));
        }
        problems.wrongType(path.field(name), entry.get().value(), "a mapping");
        return Optional.empty();
    }

    /** A list of scalars; mistyped items are reported and skipped. */
    public List<Text> texts(String name) {
        Optional<Field<YamlSequence>> field = sequence(name);
        if (field.isEmpty()) {
            return List.of();
        }
        return texts(field.get().node(), field.get().path(), field.get().key());
    }

    public List<Text> texts(YamlSequence sequence, KeyPath field, Position key) {
        List<Text> items = new ArrayList<>(sequence.items().size());
        List<YamlNode> nodes = sequence.items();
        for (int i = 0; i < nodes.size(); i++) {
            YamlNode item = nodes.get(i);
            KeyPath itemPath = field.index(i);
            problems.located(itemPath, Position.of(item));
            if (item instanceof YamlScalar scalar && !scalar.isNull()) {
                items.add(new Text(scalar.value(), itemPath, key, Position.of(scalar)));
            } else if (item instanceof YamlScalar scalar && nullItems == NullItems.EMPTY) {
                items.add(new Text("", itemPath, key, Position.of(scalar)));
            } else {
                problems.wrongType(itemPath, item, "a string");
            }
        }
        return items;
    }

    /** Each mapping item of a list; mistyped items are reported and skipped. */
    public List<MappingReader> mappings(Field<YamlSequence> field) {
        List<MappingReader> items = new ArrayList<>();
        List<YamlNode> nodes = field.node().items();
        for (int i = 0; i < nodes.size(); i++) {
            YamlNode item = nodes.get(i);
            problems.located(field.path().index(i), Position.of(item));
            if (item instanceof YamlMapping nested) {
                items.add(child(nested, field.path().index(i)));
            } else if (item instanceof YamlScalar scalar && scalar.isNull() && nullItems == NullItems.EMPTY) {
                items.add(child(
                        new YamlMapping(List.of(), scalar.line(), scalar.column()),
                        field.path().index(i)));
            } else {
                problems.wrongType(field.path().index(i), item, "a mapping");
            }
        }
        return items;
    }

    /** Every entry in order, marking all keys as known (for free-form maps such as {@code description}). */
    public List<YamlMapping.Entry> entries() {
        mapping.entries().forEach(e -> {
            known.add(e.name());
            problems.located(path.key(e.name()), Position.of(e.key()));
        });
        return mapping.entries();
    }

    /** Reports every key that no accessor asked for. */
    public void finish() {
        for (YamlMapping.Entry entry : mapping.entries()) {
            if (!known.contains(entry.name())) {
                problems.unknown(path.field(entry.name()), Position.of(entry.key()));
            }
        }
    }
}
