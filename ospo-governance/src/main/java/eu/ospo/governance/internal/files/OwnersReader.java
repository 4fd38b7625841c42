package eu.ospo.governance.internal.files;

import eu.ospo.governance.files.Owners;
import eu.ospo.governance.files.OwnersAliases;
import eu.ospo.governance.files.OwnersConfig;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.yaml.YamlLimits;
import eu.ospo.yaml.internal.KeyPath;
import eu.ospo.yaml.internal.MappingReader;
import eu.ospo.yaml.internal.ProblemList;
import eu.ospo.yaml.internal.ProblemList.Position;
import eu.ospo.yaml.internal.YamlDocument;
import eu.ospo.yaml.internal.YamlLoader;
import eu.ospo.yaml.internal.YamlMapping;
import eu.ospo.yaml.internal.YamlNode;
import eu.ospo.yaml.internal.YamlScalar;
import eu.ospo.yaml.internal.YamlSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Reads Kubernetes-style {@code OWNERS} and {@code OWNERS_ALIASES} through the shared YAML layer:
 * known keys only, {@code filters} exclusive of top-level people, filter expressions that compile,
 * nobody both active and emeritus, alias names unique without case.
 */
public final class OwnersReader {

    /** Problem code: people at the top level next to {@code filters}. */
    public static final String FILTERS_EXCLUSIVE = "owners.filters-exclusive";
    /** Problem code: a filter key that is not a valid regular expression. */
    public static final String REGEX = "owners.regex-invalid";
    /** Problem code: someone both an approver (reviewer) and an emeritus approver (reviewer). */
    public static final String EMERITUS_ACTIVE = "owners.emeritus-active";
    /** Problem code: two aliases whose names differ only in case. */
    public static final String ALIAS_DUPLICATE = "owners.alias-duplicate";

    private static final YamlLoader LOADER = new YamlLoader(YamlLimits.DEFAULT);
    private static final List<String> PEOPLE =
            List.of("approvers", "reviewers", "required_reviewers", "emeritus_approvers", "emeritus_reviewers");

    private OwnersReader() {}

    /**
     * Reads an {@code OWNERS} file.
     *
     * @param path its path in the repository
     * @param bytes its content
     * @return the model (when the YAML loads into a mapping) and the problems
     */
    public static RepositoryFile<Owners> owners(String path, byte[] bytes) {
        ProblemList problems = new ProblemList();
        Optional<YamlMapping> root = root(bytes, problems);
        if (root.isEmpty()) {
            return new RepositoryFile<>(path, Optional.empty(), problems.all());
        }
        MappingReader fields = new MappingReader(root.get(), KeyPath.ROOT, problems);
        OwnersConfig config = config(fields);
        boolean noParentOwners = false;
        Optional<MappingReader> options = fields.mapping("options");
        if (options.isPresent()) {
            noParentOwners = options.get().bool("no_parent_owners").orElse(false);
            options.get().bool("auto_approve_unowned_subfolders");
            options.get().finish();
        }
        Map<String, OwnersConfig> filters = new LinkedHashMap<>();
        Optional<MappingReader> filterFields = fields.mapping("filters");
        if (filterFields.isPresent()) {
            for (YamlMapping.Entry entry : filterFields.get().entries()) {
                KeyPath at = filterFields.get().path().key(entry.name());
                try {
                    java.util.regex.Pattern.compile(entry.name());
                } catch (PatternSyntaxException e) {
                    problems.error(
                            REGEX,
                            at,
                            Position.of(entry.key()),
                            "`" + entry.name() + "` is not a valid regular expression: " + e.getDescription());
                    continue;
                }
                if (entry.value() instanceof YamlMapping filter) {
                    MappingReader reader = new MappingReader(filter, at, problems);
                    filters.put(entry.name(), config(reader));
                    reader.finish();
                } else if (!(entry.value() instanceof YamlScalar s && s.isNull())) {
                    problems.wrongType(at, entry.value(), "a mapping");
                }
            }
            boolean peopleAtTop = PEOPLE.stream().anyMatch(fields::has) || fields.has("labels");
            if (peopleAtTop) {
                problems.error(
                        FILTERS_EXCLUSIVE,
                        KeyPath.ROOT.field("filters"),
                        fields.keyPosition("filters"),
                        "when filters is used, approvers, reviewers and labels belong inside the filters"
                                + " (only options may stay at the top level)");
            }
        }
        fields.finish();
        String directory = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        return new RepositoryFile<>(
                path, Optional.of(new Owners(directory, config, filters, noParentOwners)), problems.all());
    }

    /**
     * Reads an {@code OWNERS_ALIASES} file.
     *
     * @param path its path
     * @param bytes its content
     * @return the model and the problems
     */
    public static RepositoryFile<OwnersAliases> aliases(String path, byte[] bytes) {
        ProblemList problems = new ProblemList();
        Optional<YamlMapping> root = root(bytes, problems);
        if (root.isEmpty()) {
            return new RepositoryFile<>(path, Optional.empty(), problems.all());
        }
        MappingReader fields = new MappingReader(root.get(), KeyPath.ROOT, problems);
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>();
        fields.mapping("aliases").ifPresent(reader -> {
            for (YamlMapping.Entry entry : reader.entries()) {
                KeyPath at = reader.path().key(entry.name());
                String earlier = seen.putIfAbsent(entry.name().toLowerCase(Locale.ROOT), entry.name());
                if (earlier != null) {
                    problems.error(
                            ALIAS_DUPLICATE,
                            at,
                            Position.of(entry.key()),
                            "alias `" + entry.name() + "` repeats `" + earlier
                                    + "` (alias names compare without case)");
                    continue;
                }
                aliases.put(entry.name(), users(entry.value(), at, reader));
            }
        });
        fields.finish();
        return new RepositoryFile<>(path, Optional.of(new OwnersAliases(aliases)), problems.all());
    }

    private static Optional<YamlMapping> root(byte[] bytes, ProblemList problems) {
        YamlDocument document = LOADER.load(bytes);
        problems.addAll(document.problems());
        if (document.failed()) {
            return Optional.empty();
        }
        Optional<YamlNode> root = document.root().filter(n -> !(n instanceof YamlScalar s && s.isNull()));
        if (root.isEmpty()) {
            return Optional.of(new YamlMapping(List.of(), 1, 1));
        }
        if (root.get() instanceof YamlMapping mapping) {
            return Optional.of(mapping);
        }
        problems.error(
                YamlLoader.NOT_MAPPING,
                KeyPath.ROOT,
                Position.of(root.get()),
                "the document must be a mapping of keys to values, not a "
                        + root.get().kindName());
        return Optional.empty();
    }

    private static OwnersConfig config(MappingReader fields) {
        List<String> approvers = names(fields, "approvers");
        if (fields.has("assignees")) { // Prow's older name for approvers, still found in old repositories
            fields.problems()
                    .deprecated(
                            fields.path().field("assignees"), fields.keyPosition("assignees"), "use approvers instead");
            names(fields, "assignees").stream()
                    .filter(n -> !approvers.contains(n))
                    .forEach(approvers::add);
        }
        List<String> reviewers = names(fields, "reviewers");
        List<String> required = names(fields, "required_reviewers");
        List<String> labels = names(fields, "labels");
        List<String> emeritusApprovers = names(fields, "emeritus_approvers");
        List<String> emeritusReviewers = names(fields, "emeritus_reviewers");
        emeritusClash(fields, approvers, emeritusApprovers, "emeritus_approvers", "approvers");
        emeritusClash(fields, reviewers, emeritusReviewers, "emeritus_reviewers", "reviewers");
        return new OwnersConfig(approvers, reviewers, required, labels, emeritusApprovers, emeritusReviewers);
    }

    private static void emeritusClash(
            MappingReader fields, List<String> active, List<String> emeritus, String emeritusKey, String activeKey) {
        List<String> lower =
                active.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < emeritus.size(); i++) {
            if (lower.contains(emeritus.get(i).toLowerCase(Locale.ROOT))) {
                KeyPath at = fields.path().field(emeritusKey).index(i);
                fields.problems()
                        .error(
                                EMERITUS_ACTIVE,
                                at,
                                fields.keyPosition(emeritusKey),
                                "`" + emeritus.get(i) + "` is in both " + activeKey + " and " + emeritusKey);
            }
        }
    }

    private static List<String> names(MappingReader fields, String key) {
        List<String> names = new ArrayList<>();
        fields.texts(key).forEach(t -> names.add(t.value()));
        return names;
    }

    private static List<String> users(YamlNode value, KeyPath at, MappingReader reader) {
        if (value instanceof YamlSequence sequence) {
            List<String> users = new ArrayList<>();
            reader.texts(sequence, at, Position.of(sequence)).forEach(t -> users.add(t.value()));
            return users;
        }
        if (!(value instanceof YamlScalar s && s.isNull())) {
            reader.problems().wrongType(at, value, "a list");
        }
        return List.of();
    }
}
