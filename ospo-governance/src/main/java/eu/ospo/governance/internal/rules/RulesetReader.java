package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Level;
import eu.ospo.governance.rules.Rule;
import eu.ospo.governance.rules.Ruleset;
import eu.ospo.governance.rules.RulesetResult;
import eu.ospo.problem.Problem;
import eu.ospo.publiccode.internal.check.Urls;
import eu.ospo.yaml.NotRegularFileException;
import eu.ospo.yaml.YamlLimits;
import eu.ospo.yaml.internal.ConfinedPath;
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
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
 *
 * <p>{@code extends} names {@code default} or another ruleset file (an OSPO's ruleset, usually) by a
 * path relative to the file that names it. That file is read first and this file's settings are laid
 * over it. A path is confined like every file reference of ospo: it must stay inside the base
 * directory (lexically and after following symbolic links; outside files are never opened) and name
 * a regular file. Chains are at most {@value #MAX_DEPTH} files long and must not come back to a file
 * already in the chain. Problems of an extended file are reported at the {@code extends} value of
 * the file that names it, with their own code, and say where in the extended file they are.
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

    /** {@code extends} leads back to a file already in the chain. */
    public static final String EXTENDS_CYCLE = "ruleset.extends-cycle";
    /** {@code extends} would make the chain longer than {@value #MAX_DEPTH} files. */
    public static final String EXTENDS_DEPTH = "ruleset.extends-depth";
    /** {@code extends} names a path in a ruleset read from text, which has no directory. */
    public static final String EXTENDS_NO_DIRECTORY = "ruleset.extends-no-directory";
    /** {@code extends} names a URL: rulesets are extended from files, never fetched. */
    public static final String EXTENDS_URL = "ruleset.extends-url";
    /** A file reference that is an absolute path. */
    public static final String FILE_ABSOLUTE = "file.absolute-path";
    /** A file reference that is a {@code file:} URL. */
    public static final String FILE_URL = "file.file-url";
    /** A file reference that leaves the base directory. */
    public static final String FILE_OUTSIDE_BASE = "file.outside-base";
    /** A file reference to nothing. */
    public static final String FILE_MISSING = "file.missing";
    /** A file reference to a directory, FIFO, device or socket. */
    public static final String FILE_NOT_REGULAR = "file.not-regular";
    /** A file that exists but cannot be read. */
    public static final String FILE_UNREADABLE = "file.unreadable";

    /** The argument naming the extended file a problem is in (with {@code line}, {@code column}, {@code key}). */
    public static final String FILE_ARGUMENT = "file";

    /** The most ruleset files in one chain of {@code extends}, the first file included. */
    public static final int MAX_DEPTH = Ruleset.MAX_EXTENDS_DEPTH;

    private static final List<String> LEVELS = List.of("off", "info", "warning", "error");
    private static final List<String> BASES = List.of(Ruleset.DEFAULT_NAME);
    private static final YamlLoader LOADER = new YamlLoader(YamlLimits.DEFAULT);

    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final List<? extends Rule> known;
    private final ProblemList problems = new ProblemList(LOADER.limits());
    /** Where the file is, when it was read from one: resolves and confines {@code extends}. */
    private final Optional<Chain> chain;

    private RulesetReader(List<? extends Rule> known, Optional<Chain> chain) {
        this.known = known;
        this.chain = chain;
        known.forEach(rule -> rules.putIfAbsent(rule.id(), rule));
    }

    /**
     * The files read so far in one chain of {@code extends}, the base directory they must stay in, and
     * the directory of the file being read.
     *
     * @param base the base directory, absolute and normalised
     * @param realBase the base directory with symbolic links resolved, empty if it does not exist
     * @param directory the directory of the file being read (relative paths resolve against it)
     * @param files the real paths of the files in the chain, the file being read last
     */
    private record Chain(Path base, Optional<Path> realBase, Path directory, List<Path> files) {

        Chain next(Path file) {
            List<Path> longer = new ArrayList<>(files);
            longer.add(file);
            Path parent = file.getParent();
            return new Chain(base, realBase, parent == null ? directory : parent, List.copyOf(longer));
        }

        /** A path as messages show it: relative to the base directory. */
        String shown(Path path) {
            Path start = realBase.filter(path::startsWith).orElse(base);
            String relative = path.startsWith(start) ? start.relativize(path).toString() : path.toString();
            return relative.isEmpty() ? "." : relative;
        }
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
        Path parent = file.toAbsolutePath().normalize().getParent();
        return read(file, parent == null ? file.toAbsolutePath() : parent, known);
    }

    /**
     * Reads a ruleset file, at most one byte past the size limit; the files it extends must be inside
     * a base directory.
     *
     * @param file the file
     * @param baseDirectory the directory every extended file must stay in (the file itself need not)
     * @param known the rules the ruleset may name
     * @return the result
     * @throws IOException if the file cannot be read
     */
    public static RulesetResult read(Path file, Path baseDirectory, List<? extends Rule> known) throws IOException {
        Path fileName = file.getFileName();
        String name = fileName == null ? "ruleset" : fileName.toString();
        byte[] bytes = LOADER.readBounded(file);
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path absolute = ConfinedPath.realPath(file).orElse(file.toAbsolutePath().normalize());
        Chain chain = new Chain(base, ConfinedPath.realPath(base), base, List.of()).next(absolute);
        return new RulesetReader(known, Optional.of(chain)).read(bytes, name);
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
        return new RulesetReader(known, Optional.empty()).read(bytes, defaultName);
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
        Optional<Ruleset> extended = root.text("extends").flatMap(this::extended);
        Map<String, String> common = new LinkedHashMap<>();
        root.mapping("parameters").ifPresent(reader -> readCommon(reader, common));
        Map<String, Ruleset.RuleSettings> settings = new LinkedHashMap<>();
        root.entry("rules").ifPresent(entry -> readRules(entry, settings));
        root.finish();
        if (problems.hasErrors()) {
            return result(Optional.empty());
        }
        Ruleset own = new Ruleset(name, common, settings);
        return result(Optional.of(extended.map(base -> over(base, own)).orElse(own)));
    }

    /** This file's settings laid over the extended ruleset's: a level or a parameter given here wins. */
    private static Ruleset over(Ruleset base, Ruleset own) {
        Map<String, String> common = new LinkedHashMap<>(base.commonParameters());
        common.putAll(own.commonParameters());
        Map<String, Ruleset.RuleSettings> settings = new LinkedHashMap<>(base.rules());
        own.rules().forEach((id, mine) -> {
            Ruleset.RuleSettings theirs = base.settings(id);
            Map<String, String> parameters = new LinkedHashMap<>(theirs.parameters());
            parameters.putAll(mine.parameters());
            settings.put(id, new Ruleset.RuleSettings(mine.level().or(theirs::level), parameters));
        });
        return new Ruleset(own.name(), common, settings);
    }

    /**
     * The ruleset {@code extends} names: empty for {@code default}, or after reporting why the file
     * cannot be used; else the file read, checked and merged with what it extends in turn.
     */
    private Optional<Ruleset> extended(MappingReader.Text text) {
        String value = text.value();
        if (BASES.contains(value)) {
            return Optional.empty();
        }
        String quoted = "extends '" + ProblemList.echo(value) + "' ";
        if (value.isEmpty()) {
            problems.notAllowed(text.path(), text.at(), List.of(Ruleset.DEFAULT_NAME, "a path to a ruleset file"));
            return Optional.empty();
        }
        if (value.startsWith("/") || value.startsWith("\\") || looksLikeDrive(value)) {
            problems.error(
                    FILE_ABSOLUTE,
                    text.path(),
                    text.at(),
                    quoted + "is an absolute path: name the ruleset file relative to this file",
                    "value",
                    value);
            return Optional.empty();
        }
        if (value.regionMatches(true, 0, "file:", 0, 5)) {
            problems.error(
                    FILE_URL,
                    text.path(),
                    text.at(),
                    quoted + "is a file: URL: name the ruleset file relative to this file",
                    "value",
                    value);
            return Optional.empty();
        }
        if (Urls.hasScheme(value)) {
            problems.error(
                    EXTENDS_URL,
                    text.path(),
                    text.at(),
                    quoted + "is a URL: rulesets are extended from files next to this one, never fetched",
                    "value",
                    value);
            return Optional.empty();
        }
        if (chain.isEmpty()) {
            problems.error(
                    EXTENDS_NO_DIRECTORY,
                    text.path(),
                    text.at(),
                    quoted + "names a file, but this ruleset was read from text, which has no directory;"
                            + " read it from its file",
                    "value",
                    value);
            return Optional.empty();
        }
        Chain current = chain.get();
        Optional<Path> resolved;
        try {
            resolved = Optional.of(current.directory().resolve(value).normalize());
        } catch (InvalidPathException e) {
            resolved = Optional.empty();
        }
        Optional<Path> inside = resolved.flatMap(path -> confined(current, path));
        if (inside.isEmpty()) {
            problems.error(
                    FILE_OUTSIDE_BASE,
                    text.path(),
                    text.at(),
                    quoted + "is outside the base directory: an extended ruleset must stay inside "
                            + ProblemList.echo(
                                    current.base().getFileName() == null
                                            ? current.base().toString()
                                            : current.base().getFileName().toString()),
                    "value",
                    value);
            return Optional.empty();
        }
        Path file = inside.get();
        String shown = current.shown(file);
        if (!Files.exists(file)) {
            problems.error(
                    FILE_MISSING,
                    text.path(),
                    text.at(),
                    quoted + "names no file: " + ProblemList.echo(shown),
                    "path",
                    shown);
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            problems.error(
                    FILE_NOT_REGULAR,
                    text.path(),
                    text.at(),
                    quoted + "is not a regular file; it was not read: " + ProblemList.echo(shown),
                    "path",
                    shown);
            return Optional.empty();
        }
        Path real = ConfinedPath.realPath(file).orElse(file);
        int cycle = current.files().indexOf(real);
        if (cycle >= 0) {
            List<String> loop = new ArrayList<>();
            current.files().subList(cycle, current.files().size()).forEach(p -> loop.add(current.shown(p)));
            loop.add(current.shown(real));
            problems.error(
                    EXTENDS_CYCLE,
                    text.path(),
                    text.at(),
                    quoted + "closes a cycle: " + ProblemList.echo(String.join(" -> ", loop)),
                    "path",
                    shown);
            return Optional.empty();
        }
        if (current.files().size() >= MAX_DEPTH) {
            problems.error(
                    EXTENDS_DEPTH,
                    text.path(),
                    text.at(),
                    quoted + "would make a chain of more than " + MAX_DEPTH + " ruleset files",
                    "path",
                    shown,
                    "limit",
                    Integer.toString(MAX_DEPTH));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = LOADER.readBounded(file);
        } catch (NotRegularFileException e) {
            problems.error(
                    FILE_NOT_REGULAR,
                    text.path(),
                    text.at(),
                    quoted + "is not a regular file; it was not read: " + ProblemList.echo(shown),
                    "path",
                    shown);
            return Optional.empty();
        } catch (IOException e) {
            problems.error(
                    FILE_UNREADABLE,
                    text.path(),
                    text.at(),
                    quoted + "could not be read: " + ProblemList.echo(shown),
                    "path",
                    shown,
                    "reason",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
        RulesetResult result = new RulesetReader(known, Optional.of(current.next(real))).read(bytes, shown);
        for (Problem problem : result.problems()) {
            // a problem of a file further down the chain already says where it is
            boolean located = problem.arguments().containsKey(FILE_ARGUMENT);
            Map<String, String> arguments = new LinkedHashMap<>(problem.arguments());
            if (!located) {
                arguments.put(FILE_ARGUMENT, shown);
                arguments.put("line", Integer.toString(problem.line()));
                arguments.put("column", Integer.toString(problem.column()));
                arguments.put("key", problem.key());
            }
            String where = located
                    ? ""
                    : "in " + shown + " at " + problem.line() + ":" + problem.column()
                            + (problem.key().isEmpty() ? "" : " (" + problem.key() + ")") + ": ";
            problems.add(new Problem(
                    problem.code(),
                    problem.severity(),
                    text.path().toString(),
                    text.at().line(),
                    text.at().column(),
                    where + problem.message(),
                    arguments));
        }
        return result.ruleset();
    }

    private static boolean looksLikeDrive(String value) {
        return value.length() >= 3
                && Character.isLetter(value.charAt(0))
                && value.charAt(1) == ':'
                && (value.charAt(2) == '\\' || value.charAt(2) == '/');
    }

    /**
     * The path to open when it stays inside the base directory: lexically, and after following
     * symbolic links (checked on the file when it exists, else on its deepest existing ancestor).
     */
    private static Optional<Path> confined(Chain chain, Path resolved) {
        return ConfinedPath.within(chain.base(), chain.realBase(), resolved);
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
