package eu.ospo.governance.internal.files;

import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.SecurityInsights;
import eu.ospo.yaml.YamlLimits;
import eu.ospo.yaml.internal.KeyPath;
import eu.ospo.yaml.internal.ProblemList;
import eu.ospo.yaml.internal.ProblemList.Position;
import eu.ospo.yaml.internal.YamlDocument;
import eu.ospo.yaml.internal.YamlLoader;
import eu.ospo.yaml.internal.YamlMapping;
import eu.ospo.yaml.internal.YamlNode;
import eu.ospo.yaml.internal.YamlScalar;
import eu.ospo.yaml.internal.YamlSequence;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the governance parts of OpenSSF {@code SECURITY-INSIGHTS.yml} through the shared YAML layer,
 * leniently: the schema is large and evolving, so keys this reader does not use are not reported.
 * Schema 1 ({@code security-contacts[]}) and schema 2 ({@code project.vulnerability-reporting.contact},
 * {@code project.administrators[]}, {@code repository.core-team[]}) are both understood.
 */
public final class SecurityInsightsReader {

    /** Problem code: {@code header.schema-version} is missing. */
    public static final String VERSION = "security-insights.version";
    /** Problem code: a header date that is not {@code YYYY-MM-DD} (optionally followed by a time). */
    public static final String DATE = "security-insights.date";

    private static final YamlLoader LOADER = new YamlLoader(YamlLimits.DEFAULT);

    private SecurityInsightsReader() {}

    /**
     * Reads the file.
     *
     * @param path its path in the repository
     * @param bytes its content
     * @return the model (when the YAML loads into a mapping) and the problems
     */
    public static RepositoryFile<SecurityInsights> read(String path, byte[] bytes) {
        ProblemList problems = new ProblemList();
        YamlDocument document = LOADER.load(bytes);
        problems.addAll(document.problems());
        if (document.failed()) {
            return new RepositoryFile<>(path, Optional.empty(), problems.all());
        }
        Optional<YamlMapping> root =
                document.root().filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast);
        if (root.isEmpty()) {
            problems.error(
                    YamlLoader.NOT_MAPPING,
                    KeyPath.ROOT,
                    new Position(1, 1),
                    "the document must be a mapping of keys to values");
            return new RepositoryFile<>(path, Optional.empty(), problems.all());
        }
        YamlMapping top = root.get();
        Optional<YamlMapping> header = mapping(top, "header");
        Optional<String> version = header.flatMap(h -> text(h, "schema-version"));
        if (version.isEmpty()) {
            problems.warning(
                    VERSION,
                    KeyPath.ROOT.field("header").field("schema-version"),
                    Position.of(top),
                    "header.schema-version is missing; the file may not be Security Insights");
        }
        Optional<LocalDate> updated = date(header, "last-updated", problems);
        Optional<LocalDate> reviewed = date(header, "last-reviewed", problems);
        Optional<LocalDate> expires = date(header, "expiration-date", problems);
        List<SecurityInsights.Person> people = new ArrayList<>();
        items(top, "security-contacts").forEach(item -> {
            YamlMapping contact = item.node;
            String type = text(contact, "type").orElse("").toLowerCase(Locale.ROOT);
            Optional<String> value = text(contact, "value");
            if (type.equals("email") && value.isPresent()) {
                people.add(new SecurityInsights.Person(
                        "", value.map(v -> v.toLowerCase(Locale.ROOT)), Optional.empty(), true, item.key));
            }
        });
        Optional<YamlMapping> project = mapping(top, "project");
        project.flatMap(p -> mapping(p, "vulnerability-reporting"))
                .flatMap(v -> mapping(v, "contact"))
                .ifPresent(c -> people.add(person(c, true, "project.vulnerability-reporting.contact")));
        project.ifPresent(p -> items(p, "administrators")
                .forEach(item -> people.add(person(item.node, false, "project." + item.key))));
        mapping(top, "repository")
                .ifPresent(r -> items(r, "core-team")
                        .forEach(item -> people.add(person(item.node, false, "repository." + item.key))));
        return new RepositoryFile<>(
                path, Optional.of(new SecurityInsights(version, updated, reviewed, expires, people)), problems.all());
    }

    private static SecurityInsights.Person person(YamlMapping node, boolean security, String key) {
        return new SecurityInsights.Person(
                text(node, "name").orElse(""),
                text(node, "email").map(e -> e.toLowerCase(Locale.ROOT)),
                text(node, "affiliation"),
                security,
                key);
    }

    private record Item(YamlMapping node, String key) {}

    private static List<Item> items(YamlMapping parent, String name) {
        List<Item> items = new ArrayList<>();
        parent.entry(name).map(YamlMapping.Entry::value).ifPresent(value -> {
            if (value instanceof YamlSequence sequence) {
                for (int i = 0; i < sequence.items().size(); i++) {
                    if (sequence.items().get(i) instanceof YamlMapping item) {
                        items.add(new Item(item, name + "[" + i + "]"));
                    }
                }
            }
        });
        return items;
    }

    private static Optional<YamlMapping> mapping(YamlMapping parent, String name) {
        return parent.entry(name)
                .map(YamlMapping.Entry::value)
                .filter(YamlMapping.class::isInstance)
                .map(YamlMapping.class::cast);
    }

    private static Optional<String> text(YamlMapping parent, String name) {
        return parent.entry(name)
                .map(YamlMapping.Entry::value)
                .filter(v -> v instanceof YamlScalar s && !s.isNull())
                .map(v -> ((YamlScalar) v).value().strip())
                .filter(s -> !s.isEmpty());
    }

    private static Optional<LocalDate> date(Optional<YamlMapping> header, String name, ProblemList problems) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> value = text(header.get(), name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get();
        try {
            return Optional.of(LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            YamlNode node = header.get().entry(name).orElseThrow().value();
            problems.warning(
                    DATE,
                    KeyPath.ROOT.field("header").field(name),
                    Position.of(node),
                    "`" + text + "` is not a date (YYYY-MM-DD)");
            return Optional.empty();
        }
    }
}
