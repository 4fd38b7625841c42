package eu.ospo.publiccode.internal.write;

import eu.ospo.model.MaintenanceType;
import eu.ospo.publiccode.PubliccodeVersion;
import eu.ospo.publiccode.model.Contractor;
import eu.ospo.publiccode.model.Dependency;
import eu.ospo.publiccode.model.DependsOn;
import eu.ospo.publiccode.model.Description;
import eu.ospo.publiccode.model.IntendedAudience;
import eu.ospo.publiccode.model.ItalianExtension;
import eu.ospo.publiccode.model.Legal;
import eu.ospo.publiccode.model.Localisation;
import eu.ospo.publiccode.model.Maintenance;
import eu.ospo.publiccode.model.MaintenanceContact;
import eu.ospo.publiccode.model.OrganisationRef;
import eu.ospo.publiccode.model.PublicCode;
import eu.ospo.publiccode.model.Support;
import eu.ospo.yaml.internal.YamlEmitter;
import eu.ospo.yaml.internal.YamlOut;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a {@link PublicCode} into publiccode.yml text, in the standard's key order. Absent values
 * and empty lists are left out; {@code dependsOn[].optional} and the {@code IT} booleans are written
 * only when true (absent reads as false); a present record whose content is all absent is written as
 * {@code {}} so that it reads back as present.
 */
public final class PubliccodeYamlWriter {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private PubliccodeYamlWriter() {}

    /**
     * Writes the model.
     *
     * @param pc the model
     * @return YAML text, LF line endings, ending with a line break
     */
    public static String write(PublicCode pc) {
        return YamlEmitter.emit(tree(pc, PubliccodeVersion.WRITTEN));
    }

    /**
     * The tree {@link #write} emits, with the version to declare: the writer declares {@value
     * PubliccodeVersion#WRITTEN}; a conversion to JSON keeps the model's own.
     *
     * @param pc the model
     * @param version the {@code publiccodeYmlVersion} to write
     * @return the tree, in the standard's key order
     */
    public static YamlOut.MapOut tree(PublicCode pc, String version) {
        YamlOut.MapOut root = new YamlOut.MapOut();
        root.put("publiccodeYmlVersion", text(version));
        root.put("name", text(pc.name()));
        optional(root, "applicationSuite", pc.applicationSuite());
        root.put("url", text(pc.url()));
        optional(root, "landingURL", pc.landingUrl());
        strings(root, "isBasedOn", pc.isBasedOn());
        optional(root, "softwareVersion", pc.softwareVersion());
        pc.releaseDate().ifPresent(date -> root.put("releaseDate", date(date)));
        optional(root, "logo", pc.logo());
        optional(root, "monochromeLogo", pc.monochromeLogo());
        strings(root, "inputTypes", pc.inputTypes());
        strings(root, "outputTypes", pc.outputTypes());
        strings(root, "platforms", pc.platforms());
        strings(root, "categories", pc.categories());
        strings(root, "usedBy", pc.usedBy());
        list(root, "fundedBy", pc.fundedBy(), PubliccodeYamlWriter::organisation);
        optional(root, "roadmap", pc.roadmap());
        root.put("developmentStatus", text(pc.developmentStatus().value()));
        root.put("softwareType", text(pc.softwareType().value()));
        list(root, "supports", pc.supports(), PubliccodeYamlWriter::support);
        pc.organisation().ifPresent(o -> root.put("organisation", organisation(o)));
        pc.intendedAudience().ifPresent(a -> root.put("intendedAudience", audience(a)));
        root.put("description", descriptions(pc.description()));
        root.put("legal", legal(pc.legal()));
        root.put("maintenance", maintenance(pc.maintenance()));
        root.put("localisation", localisation(pc.localisation()));
        pc.dependsOn().ifPresent(d -> root.put("dependsOn", dependsOn(d)));
        pc.it().ifPresent(it -> root.put("IT", italian(it)));
        return root;
    }

    private static YamlOut.MapOut organisation(OrganisationRef organisation) {
        YamlOut.MapOut map = new YamlOut.MapOut();
        map.put("uri", text(organisation.uri()));
        optional(map, "name", organisation.name());
        return map;
    }

    private static YamlOut.MapOut support(Support support) {
        return new YamlOut.MapOut().put("id", text(support.id()));
    }

    private static YamlOut.MapOut audience(IntendedAudience audience) {
        YamlOut.MapOut map = new YamlOut.MapOut();
        strings(map, "countries", audience.countries());
        strings(map, "unsupportedCountries", audience.unsupportedCountries());
        strings(map, "scope", audience.scope());
        return map;
    }

    private static YamlOut.MapOut descriptions(Map<String, Description> descriptions) {
        YamlOut.MapOut map = new YamlOut.MapOut();
        descriptions.forEach((language, description) -> map.put(language, description(description)));
        return map;
    }

    private static YamlOut.MapOut description(Description d) {
        YamlOut.MapOut map = new YamlOut.MapOut();
        optional(map, "localisedName", d.localisedName());
        optional(map, "genericName", d.genericName());
        map.put("shortDescription", text(d.shortDescription()));
        map.put("longDescription", text(d.longDescription()));
        optional(map, "documentation", d.documentation());
        optional(map, "apiDocumentation", d.apiDocumentation());
        strings(map, "features", d.features());
        strings(map, "screenshots", d.screenshots());
        strings(map, "videos", d.videos());
        strings(map, "awards", d.awards());
        return map;
    }

    private static YamlOut.MapOut legal(Legal legal) {
        YamlOut.MapOut map = new YamlOut.MapOut();
        map.put("license", text(legal.license()));
        optional(map, "mainCopyrightOwner", legal.mainCopyrightOwner());
        optional(map, "repoOwner", legal.repoOwner());
        optional(map, "authorsFile", legal.authorsFile());
        return map;
    }

    private static YamlOut.MapOut maintenance(Maintenance maintenance) {
        YamlOut.MapOut map = new YamlOut.MapOut();
        map.put("type", text(maintenance.type().value()));
        MaintenanceType type = maintenance.type();
        // an empty list is present all the same, and the type requires it (an empty contacts list
        // counts as given, as in the reference): leaving it out would make the file invalid
        list(
                map,
                "contractors",
                maintenance.contractors(),
                PubliccodeYamlWriter::contractor,
                type == MaintenanceType.CONTRACT);
        list(
                map,
                "contacts",
                maintenance.contacts(),
                PubliccodeYamlWriter::contact,
                type == MaintenanceType.INTERNAL || type == MaintenanceType.COMMUNITY);
        return map;
    }

    private static YamlOut.MapOut contractor(Contractor contractor) {
        YamlOut.MapOut map = new YamlOut.MapOut();
        map.put("name", text(contractor.name()));
        map.put("until", date(contractor.until()));
        optional(map, "email", contractor.email());
        optional(map, "website", contractor.website());
        return map;
    }

    private static YamlOut.MapOut contact(MaintenanceContact contact) {
        YamlOut.MapOut map = new YamlOut.MapOut();
        map.put("name", text(contact.name()));
        optional(map, "email", contact.email());
        optional(map, "affiliation", contact.affiliation());
        optional(map, "phone", contact.phone());
        return map;
    }

    private static YamlOut.MapOut localisation(Localisation localisation) {
        YamlOut.MapOut map = new YamlOut.MapOut();
        map.put("localisationReady", bool(localisation.localisationReady()));
        strings(map, "availableLanguages", localisation.availableLanguages());
        return map;
    }

    private static YamlOut.MapOut dependsOn(DependsOn dependsOn) {
        YamlOut.MapOut map = new YamlOut.MapOut();
        list(map, "open", dependsOn.open(), PubliccodeYamlWriter::dependency);
        list(map, "proprietary", dependsOn.proprietary(), PubliccodeYamlWriter::dependency);
        list(map, "hardware", dependsOn.hardware(), PubliccodeYamlWriter::dependency);
        return map;
    }

    private static YamlOut.MapOut dependency(Dependency dependency) {
        YamlOut.MapOut map = new YamlOut.MapOut();
        map.put("name", text(dependency.name()));
        optional(map, "versionMin", dependency.versionMin());
        optional(map, "versionMax", dependency.versionMax());
        optional(map, "version", dependency.version());
        flag(map, "optional", dependency.optional());
        return map;
    }

    private static YamlOut.MapOut italian(ItalianExtension it) {
        YamlOut.MapOut map = new YamlOut.MapOut();
        optional(map, "countryExtensionVersion", it.countryExtensionVersion());
        it.conforme().ifPresent(c -> {
            YamlOut.MapOut conforme = new YamlOut.MapOut();
            flag(conforme, "lineeGuidaDesign", c.lineeGuidaDesign());
            flag(conforme, "modelloInteroperabilita", c.modelloInteroperabilita());
            flag(conforme, "misureMinimeSicurezza", c.misureMinimeSicurezza());
            flag(conforme, "gdpr", c.gdpr());
            map.put("conforme", conforme);
        });
        it.piattaforme().ifPresent(p -> {
            YamlOut.MapOut piattaforme = new YamlOut.MapOut();
            flag(piattaforme, "spid", p.spid());
            flag(piattaforme, "pagopa", p.pagopa());
            flag(piattaforme, "cie", p.cie());
            flag(piattaforme, "anpr", p.anpr());
            flag(piattaforme, "io", p.io());
            map.put("piattaforme", piattaforme);
        });
        it.riuso().ifPresent(r -> {
            YamlOut.MapOut riuso = new YamlOut.MapOut();
            optional(riuso, "codiceIPA", r.codiceIPA());
            map.put("riuso", riuso);
        });
        return map;
    }

    private static YamlOut text(String value) {
        return new YamlOut.Text(value);
    }

    private static YamlOut bool(boolean value) {
        return new YamlOut.Raw(value ? "true" : "false");
    }

    private static YamlOut date(LocalDate date) {
        String iso = date.toString();
        return DATE.matcher(iso).matches() ? new YamlOut.Raw(iso) : new YamlOut.Text(iso);
    }

    private static void optional(YamlOut.MapOut map, String key, Optional<String> value) {
        value.ifPresent(v -> map.put(key, text(v)));
    }

    private static void flag(YamlOut.MapOut map, String key, boolean value) {
        if (value) {
            map.put(key, bool(true));
        }
    }

    private static void strings(YamlOut.MapOut map, String key, List<String> values) {
        list(map, key, values, PubliccodeYamlWriter::text);
    }

    private static <T> void list(
            YamlOut.MapOut map, String key, List<T> values, Function<? super T, ? extends YamlOut> item) {
        list(map, key, values, item, false);
    }

    /** A list, left out when empty unless {@code required} (then written as {@code []}). */
    private static <T> void list(
            YamlOut.MapOut map,
            String key,
            List<T> values,
            Function<? super T, ? extends YamlOut> item,
            boolean required) {
        if (!values.isEmpty() || required) {
            YamlOut.SeqOut seq = new YamlOut.SeqOut();
            values.forEach(v -> seq.add(item.apply(v)));
            map.put(key, seq);
        }
    }
}
