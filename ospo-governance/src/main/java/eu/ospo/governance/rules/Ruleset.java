package eu.ospo.governance.rules;

import eu.ospo.governance.internal.rules.DefaultRules;
import eu.ospo.governance.internal.rules.RulesetReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A ruleset: how the default rules are configured. It extends the default set (every rule at its
 * default severity with its default parameters), or a ruleset file it names by path (an OSPO's
 * ruleset, see {@link #parse(Path, Path)}), and may turn rules off, give them another level,
 * and set parameters, for one rule or for every rule that has a parameter of that name ({@code
 * fteBasis}, for example). Immutable.
 *
 * <p>Rulesets are usually read from a YAML file (see {@code docs/rules.md}):
 *
 * <pre>{@code
 * rulesetVersion: "0.1"
 * extends: default
 * parameters:
 *   fteBasis: 1720
 * rules:
 *   DIV-ORG-COUNT: {level: off}
 *   AGR-MIN-CAPACITY: {level: error, parameters: {high: 1.0}}
 * }</pre>
 *
 * @param name the ruleset's name, reported with each evaluation ({@value #DEFAULT_NAME} for the
 *     defaults)
 * @param commonParameters parameter values for every rule that has a parameter of that name
 * @param rules per-rule settings by rule id, in the order given
 */
public record Ruleset(String name, Map<String, String> commonParameters, Map<String, RuleSettings> rules) {

    /** The name of the default ruleset. */
    public static final String DEFAULT_NAME = "default";

    /**
     * The most ruleset files one chain of {@code extends} may hold, the first file included (a file
     * that extends another that extends {@code default} is a chain of two).
     */
    public static final int MAX_EXTENDS_DEPTH = 8;

    /** The ruleset file format version this library reads ({@code rulesetVersion}). */
    public static final String VERSION = "0.1";

    /**
     * The settings of one rule in a ruleset.
     *
     * @param level the level, or empty to keep the rule's default severity
     * @param parameters parameter values that replace the defaults, in the order given
     */
    public record RuleSettings(Optional<Level> level, Map<String, String> parameters) {

        /** Checks for nulls and copies the map. */
        public RuleSettings {
            Objects.requireNonNull(level, "level");
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }

        /** Settings that change nothing. */
        public static final RuleSettings NONE = new RuleSettings(Optional.empty(), Map.of());
    }

    /** Checks for nulls and copies the maps, keeping their order. */
    public Ruleset {
        Objects.requireNonNull(name, "name");
        commonParameters = Collections.unmodifiableMap(new LinkedHashMap<>(commonParameters));
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /**
     * The default ruleset: every default rule at its default severity and parameters.
     *
     * @return the default ruleset, named {@value #DEFAULT_NAME}
     */
    public static Ruleset defaults() {
        return new Ruleset(DEFAULT_NAME, Map.of(), Map.of());
    }

    /**
     * Reads a ruleset file, checking it against the default rules. The ruleset's name is the file's
     * {@code name} key, else the file name. A file it {@code extends} by path must be inside the
     * file's own directory ({@link #parse(Path, Path)} gives a wider one).
     *
     * @param file the file
     * @return the ruleset (present when there is no error) and every problem, with positions
     * @throws eu.ospo.yaml.NotRegularFileException if the path is not a regular file (a directory,
     *     FIFO, device or socket: only regular files are read, so a FIFO never blocks)
     * @throws IOException if the file cannot be read
     */
    public static RulesetResult parse(Path file) throws IOException {
        return RulesetReader.read(file, DefaultRules.all());
    }

    /**
     * Reads a ruleset file whose {@code extends} may name ruleset files anywhere inside a base
     * directory, for example a project's ruleset that extends its OSPO's ruleset elsewhere in the
     * repository ({@code extends: ../ospo/baseline.yml}). Paths are relative to the file that names
     * them; a path that leaves the base directory (by {@code ..} or a symbolic link) is a {@code
     * file.outside-base} problem and is never opened, and chains are checked for cycles and depth (at
     * most {@value #MAX_EXTENDS_DEPTH} files).
     *
     * @param file the file
     * @param baseDirectory the directory extended files must stay in (usually the repository)
     * @return the ruleset, merged with what it extends (present when there is no error), and every
     *     problem, with positions in {@code file}
     * @throws eu.ospo.yaml.NotRegularFileException if {@code file} is not a regular file
     * @throws IOException if {@code file} cannot be read
     */
    public static RulesetResult parse(Path file, Path baseDirectory) throws IOException {
        return RulesetReader.read(file, baseDirectory, DefaultRules.all());
    }

    /**
     * Reads a ruleset from text, checking it against the default rules. The ruleset's name is its
     * {@code name} key, else {@code ruleset}.
     *
     * @param yaml the YAML text
     * @return the ruleset (present when there is no error) and every problem, with positions
     */
    public static RulesetResult parse(String yaml) {
        return parse(yaml, DefaultRules.all());
    }

    /**
     * Reads a ruleset from text, checking rule ids and parameters against the given rules (for a
     * ruleset that configures rules added with {@link GovernanceRules.Builder#addRule(Rule)}).
     *
     * @param yaml the YAML text
     * @param rules every rule the ruleset may name, usually {@link GovernanceRules#defaultRules()}
     *     and your own
     * @return the ruleset (present when there is no error) and every problem, with positions
     */
    public static RulesetResult parse(String yaml, List<? extends Rule> rules) {
        return RulesetReader.read(yaml.getBytes(StandardCharsets.UTF_8), "ruleset", rules);
    }

    /**
     * The settings of a rule.
     *
     * @param ruleId the rule's id
     * @return its settings, {@link RuleSettings#NONE} if the ruleset does not mention it
     */
    public RuleSettings settings(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSettings.NONE);
    }

    /**
     * A copy with another name.
     *
     * @param newName the name
     * @return the renamed ruleset
     */
    public Ruleset named(String newName) {
        return new Ruleset(newName, commonParameters, rules);
    }

    /**
     * A copy that gives a rule a level.
     *
     * @param ruleId the rule's id
     * @param level the level ({@link Level#OFF} disables the rule)
     * @return the new ruleset
     */
    public Ruleset withLevel(String ruleId, Level level) {
        Objects.requireNonNull(level, "level");
        Map<String, RuleSettings> copy = new LinkedHashMap<>(rules);
        copy.put(ruleId, new RuleSettings(Optional.of(level), settings(ruleId).parameters()));
        return new Ruleset(name, commonParameters, copy);
    }

    /**
     * A copy that sets one parameter of one rule.
     *
     * @param ruleId the rule's id
     * @param parameter the parameter's name
     * @param value its value, as text
     * @return the new ruleset
     */
    public Ruleset withParameter(String ruleId, String parameter, String value) {
        Map<String, String> parameters = new LinkedHashMap<>(settings(ruleId).parameters());
        parameters.put(Objects.requireNonNull(parameter, "parameter"), Objects.requireNonNull(value, "value"));
        Map<String, RuleSettings> copy = new LinkedHashMap<>(rules);
        copy.put(ruleId, new RuleSettings(settings(ruleId).level(), parameters));
        return new Ruleset(name, commonParameters, copy);
    }

    /**
     * A copy that sets a parameter for every rule that has a parameter of that name (a rule's own
     * setting still wins).
     *
     * @param parameter the parameter's name, for example {@code fteBasis}
     * @param value its value, as text
     * @return the new ruleset
     */
    public Ruleset withCommonParameter(String parameter, String value) {
        Map<String, String> copy = new LinkedHashMap<>(commonParameters);
        copy.put(Objects.requireNonNull(parameter, "parameter"), Objects.requireNonNull(value, "value"));
        return new Ruleset(name, copy, rules);
    }
}
