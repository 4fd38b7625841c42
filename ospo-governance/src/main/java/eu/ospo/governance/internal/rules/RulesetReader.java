package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Level;
import eu.ospo.governance.rules.Rule;
import eu.ospo.governance.rules.Ruleset;
import eu.ospo.governance.rules.RulesetResult;
import eu.ospo.yaml.YamlLimits;
import eu.ospo.yaml.internal.KeyPath;
import eu.ospo.yaml.internal.MappingReader;
import eu.ospo.yaml.internal.ProblemList;
import eu.ospo.yaml.internal.ProblemList.Position;
import eu.ospo.yaml.internal.YamlLoader;
import eu.ospo.yaml.internal.YamlMapping;
import eu.ospo.yaml.internal.YamlNode;
import eu.ospo.yaml.internal.YamlScalar;
import eu.ospo.yaml.internal.YamlSequence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a ruleset file on the shared YAML layer: {@code rulesetVersion}, {@code name}, {@code
 * extends}, common {@code parameters} and per-rule {@code rules} settings. Rule ids, parameter names
 * and values are checked against the rules given; every problem is positioned.
 */
public final class RulesetReader {

    /** {@code rulesetVersion} is not a supported version. */
    public static final String VERSION = "ruleset.version";
    /** A rule id no rule has. */
    public static final String UNKNOWN_RULE = "ruleset.unknown-rule";
    /** A parameter name the rule (or, for common parameters, every rule) does not have. */
    public static final String UNKNOWN_PARAMETER = "ruleset.unknown-parameter";
    /** A parameter value the rule does not accept. */
    public static final String PARAMETER_VALUE = "ruleset.parameter-value";

    private static final List<String> LEVELS = List.of("off", "info", "warning", "error");
    private static final List<String> BASES = List.of(Ruleset.DEFAULT_NAME);
    private static final YamlLoader LOADER = new YamlLoader(YamlLimits.DEFAULT);

    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final ProblemList problems = new ProblemList(LOADER.limits());

    private RulesetReader(List<? extends Rule> known) {
        known.forEach(rule -> rules.putIfAbsent(rule.id(), rule));
    }

    /**
     * Reads a ruleset file, at most one byte past the size limit.
     *
     * @param file the file
     * @param known the rules the ruleset may name
     * @return the result
     * @throws IOException if the file cannot be read
     */
    public static RulesetResult read(Path file, List<? extends Rule> known) throws IOException {
        Path fileName = file.getFileName();
        String name = fileName == null ? "ruleset" : fileName.toString();
        return read(LOADER.readBounded(file), name, known);
    }

    /**
     * Reads a ruleset from bytes.
     *
     * @param bytes the file's content
     * @param defaultName the name when the file has no {@code name}
     * @param known the rules the ruleset may name
     * @return the result
     */
    public static RulesetResult read(byte[] bytes, String defaultName, List<? extends Rule> known) {
        return new RulesetReader(known).read(bytes, defaultName);
    }

    private RulesetResult read(byte[] bytes, String defaultName) {
        Optional<YamlMapping> mapping = LOADER.loadMapping(bytes, problems, "rulesetVersion");
        if (mapping.isEmpty()) {
            return result(Optional.empty());
        }
        MappingReader root = new MappingReader(mapping.get(), KeyPath.ROOT, problems);
        root.requiredText("rulesetVersion").ifPresent(version -> {
            if (!version.value().equals(Ruleset.VERSION)) {
                problems.error(
                        VERSION,
                        version.path(),
                        version.at(),
                        "rulesetVersion " + ProblemList.echo(version.value()) + " is not supported; use \""
                                + Ruleset.VERSION + "\"",
                        "version",
                        version.value());
            }
        });
        String name = root.text("name").map(MappingReader.Text::value).orElse(defaultName);
        root.text("extends").ifPresent(base -> {
            if (!BASES.contains(base.value())) {
                problems.notAllowed(base.path(), base.at(), BASES);
            }
        });
        Map<String, String> common = new LinkedHashMap<>();
        root.mapping("parameters").ifPresent(reader -> readCommon(reader, common));
        Map<String, Ruleset.RuleSettings> settings = new LinkedHashMap<>();
        root.entry("rules").ifPresent(entry -> readRules(entry, settings));
        root.finish();
        if (problems.hasErrors()) {
            return result(Optional.empty());
        }
        return result(Optional.of(new Ruleset(name, common, settings)));
    }

    private RulesetResult result(Optional<Ruleset> ruleset) {
        return new RulesetResult(ruleset, problems.all(), problems.sourceMap("ruleset"));
    }

    private void readCommon(MappingReader reader, Map<String, String> common) {
        for (YamlMapping.Entry entry : reader.entries()) {
            KeyPath path = reader.path().field(entry.name());
            problems.located(path, Position.of(entry.key()));
            List<Rule> having = rules.values().stream()
                    .filter(r -> r.defaultParameters().containsKey(entry.name()))
                    .toList();
            if (having.isEmpty()) {
                problems.error(
                        UNKNOWN_PARAMETER,
                        path,
                        Position.of(entry.key()),
                        "no rule has a parameter named " + ProblemList.echo(entry.name()),
                        "name",
                        entry.name());
                continue;
            }
            Optional<String> value = value(path, entry.value());
            if (value.isEmpty()) {
                continue;
            }
            Optional<String> defect = having.stream()
                    .map(r -> r.parameterDefect(entry.name(), value.get()).map(d -> r.id() + ": " + d))
                    .flatMap(Optional::stream)
                    .findFirst();
            if (defect.isPresent()) {
                valueProblem(path, entry.value(), entry.name(), value.get(), defect.get());
            } else {
                common.put(entry.name(), value.get());
            }
        }
    }

    private void readRules(YamlMapping.Entry rulesEntry, Map<String, Ruleset.RuleSettings> settings) {
        KeyPath rulesPath = KeyPath.ROOT.field("rules");
        if (!(rulesEntry.value() instanceof YamlMapping mapping)) {
            problems.wrongType(rulesPath, rulesEntry.value(), "a mapping");
            return;
        }
        for (YamlMapping.Entry entry : mapping.entries()) {
            String id = entry.name();
            KeyPath path = rulesPath.field(id);
            problems.located(path, Position.of(entry.key()));
            Rule rule = rules.get(id);
            if (rule == null) {
                problems.error(
                        UNKNOWN_RULE,
                        path,
                        Position.of(entry.key()),
                        "there is no rule with id " + ProblemList.echo(id),
                        "rule",
                        id);
                continue;
            }
            if (entry.value() instanceof YamlScalar scalar && scalar.isNull()) {
                settings.put(id, Ruleset.RuleSettings.NONE);
                continue;
            }
            if (!(entry.value() instanceof YamlMapping ruleMapping)) {
                problems.wrongType(path, entry.value(), "a mapping");
                continue;
            }
            MappingReader reader = new MappingReader(ruleMapping, path, problems);
            Optional<Level> level = reader.text("level").flatMap(text -> {
                Optional<Level> parsed = Level.parse(text.value());
                if (parsed.isEmpty() || !text.value().equals(parsed.get().label())) {
                    problems.notAllowed(text.path(), text.at(), LEVELS);
                    return Optional.empty();
                }
                return parsed;
            });
            Map<String, String> parameters = new LinkedHashMap<>();
            reader.mapping("parameters").ifPresent(p -> readParameters(rule, p, parameters));
            reader.finish();
            settings.put(id, new Ruleset.RuleSettings(level, parameters));
        }
    }

    private void readParameters(Rule rule, MappingReader reader, Map<String, String> parameters) {
        for (YamlMapping.Entry entry : reader.entries()) {
            KeyPath path = reader.path().field(entry.name());
            problems.located(path, Position.of(entry.key()));
            if (!rule.defaultParameters().containsKey(entry.name())) {
                problems.error(
                        UNKNOWN_PARAMETER,
                        path,
                        Position.of(entry.key()),
                        rule.id() + " has no parameter named " + ProblemList.echo(entry.name()) + "; it has "
                                + (rule.defaultParameters().isEmpty()
                                        ? "none"
                                        : String.join(
                                                ", ", rule.defaultParameters().keySet())),
                        "rule",
                        rule.id(),
                        "name",
                        entry.name());
                continue;
            }
            Optional<String> value = value(path, entry.value());
            if (value.isEmpty()) {
                continue;
            }
            Optional<String> defect = rule.parameterDefect(entry.name(), value.get());
            if (defect.isPresent()) {
                valueProblem(path, entry.value(), entry.name(), value.get(), defect.get());
            } else {
                parameters.put(entry.name(), value.get());
            }
        }
    }

    /** A parameter value as text: a scalar verbatim, or a list of scalars joined with commas. */
    private Optional<String> value(KeyPath path, YamlNode node) {
        if (node instanceof YamlScalar scalar && !scalar.isNull()) {
            return Optional.of(scalar.value());
        }
        if (node instanceof YamlSequence sequence) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < sequence.items().size(); i++) {
                YamlNode item = sequence.items().get(i);
                if (item instanceof YamlScalar scalar && !scalar.isNull()) {
                    items.add(scalar.value());
                } else {
                    problems.wrongType(path.index(i), item, "a value");
                    return Optional.empty();
                }
            }
            return Optional.of(String.join(",", items));
        }
        problems.wrongType(path, node, "a value");
        return Optional.empty();
    }

    private void valueProblem(KeyPath path, YamlNode node, String name, String value, String defect) {
        problems.error(
                PARAMETER_VALUE,
                path,
                Position.of(node),
                ProblemList.echo(name) + " " + defect + ", got " + ProblemList.echo(value),
                "name",
                name,
                "value",
                value);
    }
}
