package eu.ospo.governance.internal.read;

import eu.ospo.governance.GovernanceParser;
import eu.ospo.governance.GovernanceResult;
import eu.ospo.governance.GovernanceVersion;
import eu.ospo.governance.internal.read.Fields.Presence;
import eu.ospo.model.Community;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.Contact;
import eu.ospo.model.DecisionMaking;
import eu.ospo.model.Governance;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.OpenSourceProgramOffice;
import eu.ospo.model.Organisation;
import eu.ospo.model.Project;
import eu.ospo.model.Team;
import eu.ospo.yaml.internal.DocumentBridge;
import eu.ospo.yaml.internal.KeyPath;
import eu.ospo.yaml.internal.MappingReader;
import eu.ospo.yaml.internal.ProblemList;
import eu.ospo.yaml.internal.ProblemList.Position;
import eu.ospo.yaml.internal.YamlDocument;
import eu.ospo.yaml.internal.YamlLoader;
import eu.ospo.yaml.internal.YamlMapping;
import eu.ospo.yaml.internal.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one governance.yml: loads the YAML, checks the version, reads every section in the format's
 * key order, then checks the references between sections, and builds the model when the file could
 * be read into the model's structure: with no error, or with semantic errors only ({@link
 * Codes#SEMANTIC}, whose values the model keeps as written). One instance per parse; not
 * thread-safe.
 */
public final class GovernanceReader {

    /** The file name put in source maps when the caller gives none. */
    public static final String FILE_NAME = "governance.yml";

    private static final String VERSION_KEY = "governanceYmlVersion";

    /** The version that added teams, the OSPO and resolved team and coder references. */
    private static final String V02 = "0.2";

    /** How ospo-jackson reads a loaded document with a {@code GovernanceParser}'s settings. */
    public static final DocumentBridge<GovernanceParser, GovernanceResult> BRIDGE = new DocumentBridge<>();

    private final YamlLoader loader;
    private final ProblemList problems;
    private final References references;

    /**
     * A reader for one parse.
     *
     * @param loader the shared YAML loader
     */
    public GovernanceReader(YamlLoader loader) {
        this.loader = loader;
        this.problems = new ProblemList(loader.limits());
        this.references = new References(problems);
    }

    /**
     * Reads the bytes of a governance.yml.
     *
     * @param content the bytes
     * @return the result
     */
    public GovernanceResult read(byte[] content) {
        return read(loader.load(content));
    }

    /**
     * Reads a document loaded before (by the YAML loader, or from JSON by the ospo-jackson module).
     *
     * @param document the document
     * @return the result
     */
    public GovernanceResult read(YamlDocument document) {
        Optional<YamlMapping> mapping = YamlLoader.mapping(document, problems, VERSION_KEY);
        if (mapping.isEmpty()) {
            return result(null);
        }
        Fields top = new Fields(
                new MappingReader(mapping.get(), KeyPath.ROOT, problems), references, GovernanceVersion.LATEST);
        Optional<String> version = version(top);
        if (version.isEmpty()) {
            return result(null);
        }
        Fields versioned =
                new Fields(new MappingReader(mapping.get(), KeyPath.ROOT, problems), references, version.get());
        versioned.text(VERSION_KEY, Presence.REQUIRED);
        Governance model = sections(versioned, version.get());
        references.resolve();
        return result(hasStructuralErrors() ? null : model);
    }

    /** Whether an error other than a semantic one was reported (kept or left out by the limit). */
    private boolean hasStructuralErrors() {
        return problems.hasErrorsOtherThan(Codes.SEMANTIC);
    }

    private GovernanceResult result(@Nullable Governance model) {
        return new GovernanceResult(Optional.ofNullable(model), problems.all(), problems.sourceMap(FILE_NAME));
    }

    /** The version: a quoted string among the supported ones, else one problem and nothing more. */
    private Optional<String> version(Fields top) {
        KeyPath path = KeyPath.ROOT.field(VERSION_KEY);
        Optional<Fields.Text> text = top.text(VERSION_KEY, Presence.REQUIRED);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Position at = text.get().at();
        Optional<YamlScalar.Type> type = top.scalarType(VERSION_KEY);
        if (type.isPresent() && type.get() != YamlScalar.Type.STRING) {
            String found = type.get().name().toLowerCase(java.util.Locale.ROOT);
            problems.error(
                    ProblemList.WRONG_TYPE,
                    path,
                    at,
                    "wrong type for this field: expected a quoted string such as \"" + GovernanceVersion.LATEST
                            + "\", found " + found,
                    "expected",
                    "a quoted string",
                    "found",
                    found);
            return Optional.empty();
        }
        String version = text.get().value();
        if (!GovernanceVersion.isSupported(version)) {
            problems.error(
                    Codes.VERSION_UNSUPPORTED,
                    path,
                    at,
                    "unsupported version: '" + ProblemList.echo(version) + "'. Supported versions: "
                            + String.join(", ", GovernanceVersion.SUPPORTED),
                    "version",
                    version);
            return Optional.empty();
        }
        return Optional.of(version);
    }

    private @Nullable Governance sections(Fields top, String version) {
        Optional<Community> community = top.nested("community", Presence.REQUIRED, CommunityReader::read);
        List<Organisation> organisations = list(top, "organisations", Presence.REQUIRED, OrganisationReader::read);
        List<Project> projects = list(top, "projects", Presence.REQUIRED, ProjectReader::read);
        List<MaintainerAgreement> agreements = list(top, "agreements", Presence.OPTIONAL, AgreementReader::read);
        Optional<CommunityTimePolicy> communityTime =
                top.nested("communityTime", Presence.OPTIONAL, CommunityTimeReader::policy);
        Optional<DecisionMaking> decisionMaking =
                top.nested("decisionMaking", Presence.OPTIONAL, DecisionMakingReader::read);
        List<Contact> contacts = list(top, "contacts", Presence.REQUIRED, ContactReader::read);
        List<Team> teams =
                top.allows("teams", V02) ? list(top, "teams", Presence.OPTIONAL, TeamReader::read) : List.of();
        Optional<OpenSourceProgramOffice> ospo =
                top.allows("ospo", V02) ? top.nested("ospo", Presence.OPTIONAL, OspoReader::read) : Optional.empty();
        top.finish();
        if (community.isEmpty() || hasStructuralErrors()) {
            return null;
        }
        return new Governance(
                version,
                community.get(),
                organisations,
                projects,
                agreements,
                communityTime,
                decisionMaking,
                contacts,
                teams,
                ospo);
    }

    private static <T> List<T> list(Fields top, String name, Presence presence, Function<Fields, Optional<T>> read) {
        List<T> items = new ArrayList<>();
        for (Fields item : top.items(name, presence)) {
            read.apply(item).ifPresent(items::add);
        }
        return items;
    }
}
