package eu.ospo.publiccode.internal;

import eu.ospo.model.Keyword;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.PubliccodeVersion;
import eu.ospo.publiccode.internal.check.CountryCodes;
import eu.ospo.publiccode.internal.check.Dates;
import eu.ospo.publiccode.internal.check.IpaCodes;
import eu.ospo.publiccode.internal.check.MimeTypes;
import eu.ospo.publiccode.internal.check.Urls;
import eu.ospo.publiccode.internal.check.Vocabularies;
import eu.ospo.publiccode.internal.net.OnlineChecks;
import eu.ospo.publiccode.model.DependsOn;
import eu.ospo.publiccode.model.DevelopmentStatus;
import eu.ospo.publiccode.model.IntendedAudience;
import eu.ospo.publiccode.model.OrganisationRef;
import eu.ospo.publiccode.model.PublicCode;
import eu.ospo.publiccode.model.SoftwareType;
import eu.ospo.publiccode.model.Support;
import eu.ospo.yaml.internal.DocumentBridge;
import eu.ospo.yaml.internal.KeyPath;
import eu.ospo.yaml.internal.MappingReader;
import eu.ospo.yaml.internal.MappingReader.Field;
import eu.ospo.yaml.internal.MappingReader.Text;
import eu.ospo.yaml.internal.ProblemList;
import eu.ospo.yaml.internal.ProblemList.Position;
import eu.ospo.yaml.internal.YamlDocument;
import eu.ospo.yaml.internal.YamlLoader;
import eu.ospo.yaml.internal.YamlMapping;
import eu.ospo.yaml.internal.YamlScalar;
import eu.ospo.yaml.internal.YamlSequence;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one publiccode.yml: loads the YAML, checks the version, then decodes and validates every
 * field in one pass, building the model when nothing is wrong. One instance per parse; not
 * thread-safe.
 */
public final class PubliccodeReader {

    private static final String IPA_MESSAGE = "uri must be a valid Italian Public Administration Code (iPA) with"
            + " format 'urn:x-italian-pa:[codiceIPA]' (see"
            + " https://github.com/publiccodeyml/italian-organizations-ipa-vocabulary)";

    /** How ospo-jackson reads a loaded document with a {@code PubliccodeParser}'s settings. */
    public static final DocumentBridge<PubliccodeParser, PubliccodeResult> BRIDGE = new DocumentBridge<>();

    private final YamlLoader loader;
    private final FileReferences files;
    private final OnlineChecks online;
    private final ProblemList problems;

    /**
     * A reader for one parse.
     *
     * @param loader the YAML loader
     * @param base base directory for relative file references
     * @param fileChecks whether to check referenced files
     */
    public PubliccodeReader(YamlLoader loader, Optional<Path> base, boolean fileChecks) {
        this(loader, base, fileChecks, OnlineChecks.off());
    }

    /**
     * A reader for one parse with online checks.
     *
     * @param loader the YAML loader
     * @param base base directory for relative file references
     * @param fileChecks whether to check referenced files
     * @param online the online checks of this parse ({@link OnlineChecks#off()} for none)
     */
    public PubliccodeReader(YamlLoader loader, Optional<Path> base, boolean fileChecks, OnlineChecks online) {
        this.loader = loader;
        this.online = online;
        this.problems = new ProblemList(loader.limits());
        this.files = new FileReferences(base, fileChecks, problems, online);
    }

    /**
     * Reads the bytes.
     *
     * @param content the bytes
     * @return the result
     */
    public PubliccodeResult read(byte[] content) {
        return read(loader.load(content));
    }

    /**
     * Reads a document loaded before (by the YAML loader, or from JSON by the ospo-jackson module).
     *
     * @param document the document
     * @return the result
     */
    public PubliccodeResult read(YamlDocument document) {
        Optional<YamlMapping> mapping = YamlLoader.mapping(document, problems, "publiccodeYmlVersion");
        if (mapping.isEmpty()) {
            return result(null);
        }
        // null list items read as empty values, as the reference validator's decoder reads them
        MappingReader top = new MappingReader(mapping.get(), KeyPath.ROOT, problems, MappingReader.NullItems.EMPTY);
        Optional<String> version = version(top);
        if (version.isEmpty()) {
            return result(null);
        }
        PublicCode model = fields(top, version.get());
        problems.addAll(online.finish());
        return result(problems.hasErrors() ? null : model);
    }

    private PubliccodeResult result(PublicCode model) {
        return new PubliccodeResult(Optional.ofNullable(model), problems.all(), problems.sourceMap("publiccode.yml"));
    }

    private Optional<String> version(MappingReader top) {
        KeyPath path = KeyPath.ROOT.field("publiccodeYmlVersion");
        Optional<YamlMapping.Entry> entry = top.entry("publiccodeYmlVersion");
        if (entry.isEmpty()) {
            problems.required(path, Position.UNKNOWN);
            return Optional.empty();
        }
        if (!(entry.get().value() instanceof YamlScalar scalar) || scalar.type() != YamlScalar.Type.STRING) {
            problems.wrongType(path, entry.get().value(), "a quoted string such as \"0\"");
            return Optional.empty();
        }
        String version = scalar.value();
        Position at = Position.of(entry.get().key());
        if (!PubliccodeVersion.isSupported(version)) {
            problems.error(
                    Codes.VERSION_UNSUPPORTED,
                    path,
                    at,
                    "unsupported version: '" + ProblemList.echo(version) + "'. Supported versions: "
                            + String.join(", ", PubliccodeVersion.SUPPORTED),
                    "version",
                    version);
            return Optional.empty();
        }
        if (!PubliccodeVersion.isLatest(version)) {
            problems.warning(
                    Codes.VERSION_NOT_LATEST,
                    path,
                    at,
                    "v" + version + " is not the latest version, use '0'. Parsing this file as v"
                            + PubliccodeVersion.RULES + ".",
                    "version",
                    version);
        }
        return Optional.of(version);
    }

    private PublicCode fields(MappingReader top, String version) {
        Optional<Text> name = top.requiredText("name");
        Optional<String> applicationSuite = value(top.text("applicationSuite"));
        Optional<Text> url = top.requiredText("url");
        if (url.isPresent()) {
            Text u = url.get();
            check(Urls.isUrl(u.value()), Codes.URL, u.path(), u.key(), "must be a valid URL");
            online.url(u);
        }
        Optional<String> landingUrl = httpUrl(top, "landingURL");
        List<String> isBasedOn = isBasedOn(top);
        Optional<String> softwareVersion = value(top.text("softwareVersion"));
        Optional<LocalDate> releaseDate = date(top, "releaseDate");
        Optional<String> logo = files.logo(top, "logo");
        Optional<String> monochromeLogo = files.logo(top, "monochromeLogo");
        if (monochromeLogo.isPresent()) {
            problems.deprecated(
                    top.path().field("monochromeLogo"), top.keyPosition("monochromeLogo"), "Use 'logo' instead");
        }
        List<String> inputTypes = mimeTypes(top, "inputTypes");
        List<String> outputTypes = mimeTypes(top, "outputTypes");
        List<String> platforms = platforms(top);
        List<String> categories = vocabulary(
                top,
                "categories",
                Vocabularies.categories(),
                Codes.CATEGORY,
                "must be a valid category (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/categories-list.rst)");
        List<String> usedBy = strings(top.texts("usedBy"));
        List<OrganisationRef> fundedBy = new ArrayList<>();
        Optional<Field<YamlSequence>> funders = top.sequence("fundedBy");
        if (funders.isPresent()) {
            for (MappingReader item : top.mappings(funders.get())) {
                Optional<OrganisationRef> funder = organisation(item);
                if (funder.isPresent()) {
                    fundedBy.add(funder.get());
                }
            }
        }
        Optional<String> roadmap = httpUrl(top, "roadmap");
        Optional<DevelopmentStatus> developmentStatus = enumeration(top, "developmentStatus", DevelopmentStatus.class);
        Optional<SoftwareType> softwareType = enumeration(top, "softwareType", SoftwareType.class);
        List<Support> supports = supports(top);
        Optional<MappingReader> organisationSection = top.mapping("organisation");
        Optional<OrganisationRef> organisation =
                organisationSection.isPresent() ? organisation(organisationSection.get()) : Optional.empty();
        Optional<MappingReader> audience = top.mapping("intendedAudience");
        Optional<IntendedAudience> intendedAudience =
                audience.isPresent() ? Optional.of(intendedAudience(audience.get())) : Optional.empty();
        DescriptionReader descriptions = new DescriptionReader(files, online);
        var description = descriptions.read(top);
        SectionReaders sections = new SectionReaders();
        var legal = sections.legal(top, files);
        var maintenance = sections.maintenance(top);
        var localisation = sections.localisation(top);
        Optional<MappingReader> dependsOnSection = top.mapping("dependsOn");
        var dependsOn = dependsOnSection.isPresent()
                ? Optional.of(sections.dependsOn(dependsOnSection.get()))
                : Optional.<DependsOn>empty();
        var it = new ItalianSectionReader().read(top);
        top.finish();
        if (problems.hasErrors()) {
            return null;
        }
        return new PublicCode(
                version,
                name.orElseThrow().value(),
                applicationSuite,
                url.orElseThrow().value(),
                landingUrl,
                isBasedOn,
                softwareVersion,
                releaseDate,
                logo,
                monochromeLogo,
                inputTypes,
                outputTypes,
                platforms,
                categories,
                usedBy,
                fundedBy,
                roadmap,
                developmentStatus.orElseThrow(),
                softwareType.orElseThrow(),
                supports,
                organisation,
                intendedAudience,
                description,
                legal.orElseThrow(),
                maintenance.orElseThrow(),
                localisation.orElseThrow(),
                dependsOn,
                it);
    }

    static Optional<String> value(Optional<Text> text) {
        return text.isPresent() ? Optional.of(text.get().value()) : Optional.empty();
    }

    static List<String> strings(List<Text> texts) {
        List<String> values = new ArrayList<>(texts.size());
        for (Text text : texts) {
            values.add(text.value());
        }
        return List.copyOf(values);
    }

    private void check(boolean ok, String code, KeyPath path, Position at, String rule) {
        if (!ok) {
            problems.error(code, path, at, path.fieldName() + " " + rule);
        }
    }

    private Optional<String> httpUrl(MappingReader mapping, String name) {
        Optional<Text> text = mapping.text(name);
        if (text.isPresent()) {
            Text t = text.get();
            check(Urls.isHttpUrl(t.value()), Codes.HTTP_URL, t.path(), t.key(), "must be an HTTP URL");
            online.reachable(t);
        }
        return value(text);
    }

    static Optional<LocalDate> date(MappingReader mapping, String name) {
        Optional<Text> text = mapping.text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = Dates.parse(text.get().value());
        if (date.isEmpty()) {
            mapping.problems()
                    .error(
                            Codes.DATE,
                            text.get().path(),
                            text.get().key(),
                            name + " must be a date with format 'YYYY-MM-DD'",
                            "value",
                            text.get().value());
        }
        return date;
    }

    private List<String> isBasedOn(MappingReader top) {
        Optional<YamlMapping.Entry> entry = top.entry("isBasedOn");
        if (entry.isEmpty()) {
            return List.of();
        }
        KeyPath path = top.path().field("isBasedOn");
        List<Text> items;
        if (entry.get().value() instanceof YamlScalar scalar) {
            Position key = Position.of(entry.get().key());
            items = List.of(new Text(scalar.value(), path.index(0), key, key));
        } else if (entry.get().value() instanceof YamlSequence sequence) {
            items = top.texts(sequence, path, Position.of(entry.get().key()));
        } else {
            problems.wrongType(path, entry.get().value(), "a string or a list of strings");
            return List.of();
        }
        for (Text item : items) {
            check(Urls.isUrl(item.value()), Codes.URL, item.path(), item.at(), "must be a valid URL");
            online.related(item, item.at());
        }
        return strings(items);
    }

    private List<String> mimeTypes(MappingReader top, String name) {
        Optional<Field<YamlSequence>> field = top.sequence(name);
        if (field.isEmpty()) {
            return List.of();
        }
        problems.deprecated(field.get().path(), field.get().key(), "It's safe to drop it");
        List<Text> items =
                top.texts(field.get().node(), field.get().path(), field.get().key());
        for (Text item : items) {
            check(MimeTypes.isValid(item.value()), Codes.MIME_TYPE, item.path(), item.at(), "is not a valid MIME type");
        }
        return strings(items);
    }

    private List<String> platforms(MappingReader top) {
        Optional<Field<YamlSequence>> field = top.sequence("platforms");
        List<Text> items = field.isPresent()
                ? top.texts(field.get().node(), field.get().path(), field.get().key())
                : List.of();
        if (items.isEmpty() && (field.isEmpty() || field.get().node().items().isEmpty())) {
            KeyPath path = top.path().field("platforms");
            Position at = top.has("platforms") ? top.keyPosition("platforms") : top.position();
            if (field.isPresent()) {
                problems.empty(path, at);
            } else {
                problems.requiredList(path, at);
            }
        }
        return strings(items);
    }

    private List<String> vocabulary(
            MappingReader mapping, String name, List<String> allowed, String code, String rule) {
        List<Text> items = mapping.texts(name);
        for (Text item : items) {
            if (!allowed.contains(item.value())) {
                problems.error(
                        code, item.path(), item.at(), item.path().fieldName() + " " + rule, "value", item.value());
            }
        }
        return strings(items);
    }

    private <E extends Enum<E> & Keyword> Optional<E> enumeration(MappingReader top, String name, Class<E> type) {
        Optional<Text> text = top.requiredText(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = Keyword.fromValue(type, text.get().value());
        if (value.isEmpty()) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.value());
            }
            problems.notAllowed(text.get().path(), text.get().key(), allowed);
        }
        return value;
    }

    private Optional<OrganisationRef> organisation(MappingReader mapping) {
        Optional<Text> uri = mapping.requiredText("uri");
        Optional<String> name = value(mapping.text("name"));
        mapping.finish();
        if (uri.isEmpty()) {
            return Optional.empty();
        }
        Text text = uri.get();
        online.related(text, text.key());
        if (!Urls.isUri(text.value())) {
            problems.error(Codes.URI, text.path(), text.key(), "uri is not a valid URI", "value", text.value());
        } else {
            Optional<String> code = Urls.italianPaCode(text.value());
            if (code.isPresent() && !IpaCodes.instance().isKnown(code.get())) {
                problems.error(Codes.IPA_CODE, text.path(), text.key(), IPA_MESSAGE, "code", code.get());
            }
        }
        return Optional.of(new OrganisationRef(text.value(), name));
    }

    private List<Support> supports(MappingReader top) {
        List<Support> supports = new ArrayList<>();
        Optional<Field<YamlSequence>> field = top.sequence("supports");
        if (field.isPresent()) {
            for (MappingReader item : top.mappings(field.get())) {
                Optional<Text> id = item.requiredText("id");
                item.finish();
                if (id.isPresent()) {
                    supportId(id.get());
                    supports.add(new Support(id.get().value()));
                }
            }
        }
        return supports;
    }

    private void supportId(Text id) {
        if (id.value().startsWith("alias:")) {
            String alias = id.value().substring("alias:".length());
            if (!Vocabularies.aliases().contains(alias)) {
                problems.error(
                        Codes.ALIAS,
                        id.path(),
                        id.key(),
                        "id contains an unknown alias (see"
                                + " https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/aliases-list.rst)",
                        "alias",
                        alias);
            }
        } else if (!Urls.isUri(id.value())) {
            problems.error(
                    Codes.URI,
                    id.path(),
                    id.key(),
                    "id must be a known alias ('alias:<name>') or a valid URI (URL or URN)",
                    "value",
                    id.value());
        }
    }

    private IntendedAudience intendedAudience(MappingReader mapping) {
        List<String> countries = countries(mapping, "countries");
        List<String> unsupported = countries(mapping, "unsupportedCountries");
        List<String> scope = vocabulary(
                mapping,
                "scope",
                Vocabularies.scopes(),
                Codes.SCOPE,
                "must be a valid scope (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/scope-list.rst)");
        mapping.finish();
        return new IntendedAudience(countries, unsupported, scope);
    }

    private List<String> countries(MappingReader mapping, String name) {
        List<Text> items = mapping.texts(name);
        for (Text item : items) {
            String code = item.value();
            if (!CountryCodes.instance().isKnown(code)) {
                problems.error(
                        Codes.COUNTRY,
                        item.path(),
                        item.at(),
                        item.path().fieldName() + " must be a valid ISO 3166-1 alpha-2 two-letter country code",
                        "value",
                        code);
            } else if (!code.equals(code.toUpperCase(Locale.ROOT))) {
                problems.warning(
                        Codes.COUNTRY_LOWERCASE,
                        item.path(),
                        item.at(),
                        "Lowercase country codes are DEPRECATED. Use uppercase instead ('"
                                + code.toUpperCase(Locale.ROOT) + "')",
                        "value",
                        code);
            }
        }
        return strings(items);
    }
}
