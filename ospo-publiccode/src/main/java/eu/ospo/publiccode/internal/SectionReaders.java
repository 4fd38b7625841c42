package eu.ospo.publiccode.internal;

import eu.ospo.model.Keyword;
import eu.ospo.model.MaintenanceType;
import eu.ospo.publiccode.internal.check.EmailAddresses;
import eu.ospo.publiccode.internal.check.LanguageTags;
import eu.ospo.publiccode.internal.check.LicenseExpressions;
import eu.ospo.publiccode.internal.check.Urls;
import eu.ospo.publiccode.model.Contractor;
import eu.ospo.publiccode.model.Dependency;
import eu.ospo.publiccode.model.DependsOn;
import eu.ospo.publiccode.model.Legal;
import eu.ospo.publiccode.model.Localisation;
import eu.ospo.publiccode.model.Maintenance;
import eu.ospo.publiccode.model.MaintenanceContact;
import eu.ospo.yaml.internal.KeyPath;
import eu.ospo.yaml.internal.MappingReader;
import eu.ospo.yaml.internal.MappingReader.Field;
import eu.ospo.yaml.internal.MappingReader.Text;
import eu.ospo.yaml.internal.ProblemList;
import eu.ospo.yaml.internal.ProblemList.Position;
import eu.ospo.yaml.internal.YamlSequence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Readers of the required sections {@code legal}, {@code maintenance}, {@code localisation}, and of
 * {@code dependsOn}. Written without lambdas: every file passes here, and linking a lambda's call
 * site is a measurable part of a one-file run of the command line (README, "Start-up").
 */
final class SectionReaders {

    /**
     * A required section: its reader, or empty after reporting. A missing section reports its required
     * children at an unknown position; a mistyped one reports them at the value.
     */
    private static Optional<MappingReader> section(MappingReader top, String name, String... requiredChildren) {
        boolean present = top.entry(name).isPresent();
        Optional<MappingReader> section = top.mapping(name);
        if (section.isEmpty()) {
            Position at = present ? Position.of(top.entry(name).orElseThrow().value()) : Position.UNKNOWN;
            for (String child : requiredChildren) {
                top.problems().required(top.path().field(name).field(child), at);
            }
        }
        return section;
    }

    Optional<Legal> legal(MappingReader top, FileReferences files) {
        Optional<MappingReader> section = section(top, "legal", "license");
        if (section.isEmpty()) {
            return Optional.empty();
        }
        MappingReader legal = section.get();
        ProblemList problems = legal.problems();
        Optional<Text> license = legal.requiredText("license");
        if (license.isPresent()
                && !LicenseExpressions.instance().isValid(license.get().value())) {
            Text l = license.get();
            problems.error(
                    Codes.LICENSE,
                    l.path(),
                    l.key(),
                    "license must be a valid license (see https://spdx.org/licenses)",
                    "value",
                    l.value());
        }
        Optional<String> mainCopyrightOwner = PubliccodeReader.value(legal.text("mainCopyrightOwner"));
        Optional<Text> repoOwner = legal.text("repoOwner");
        if (repoOwner.isPresent()) {
            problems.deprecated(
                    legal.path().field("repoOwner"), legal.keyPosition("repoOwner"), "Use 'organisation.name' instead");
        }
        Optional<Text> authorsFile = legal.text("authorsFile");
        if (authorsFile.isPresent()) {
            problems.deprecated(
                    legal.path().field("authorsFile"), legal.keyPosition("authorsFile"), "It's safe to drop it");
        }
        if (authorsFile.isPresent()) {
            files.authorsFile(authorsFile.get());
        }
        legal.finish();
        if (license.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Legal(license.get().value(), mainCopyrightOwner, value(repoOwner), value(authorsFile)));
    }

    Optional<Maintenance> maintenance(MappingReader top) {
        Optional<MappingReader> section = section(top, "maintenance", "type");
        if (section.isEmpty()) {
            return Optional.empty();
        }
        MappingReader maintenance = section.get();
        ProblemList problems = maintenance.problems();
        Optional<MaintenanceType> type = Optional.empty();
        Optional<Text> typeText = maintenance.requiredText("type");
        if (typeText.isPresent()) {
            type = Keyword.fromValue(MaintenanceType.class, typeText.get().value());
            if (type.isEmpty()) {
                problems.notAllowed(typeText.get().path(), typeText.get().key(), maintenanceTypes());
            }
        }
        Optional<Field<YamlSequence>> contractorsField = maintenance.sequence("contractors");
        // contractors are excluded unless the type is "contract" (or unknown); excluded ones are not validated
        boolean excluded =
                contractorsField.isPresent() && !(type.isPresent() && type.get() == MaintenanceType.CONTRACT);
        List<Contractor> contractors = new ArrayList<>();
        if (!excluded && contractorsField.isPresent()) {
            for (MappingReader item : maintenance.mappings(contractorsField.get())) {
                Optional<Contractor> contractor = contractor(item);
                if (contractor.isPresent()) {
                    contractors.add(contractor.get());
                }
            }
        }
        Optional<Field<YamlSequence>> contactsField = maintenance.sequence("contacts");
        List<MaintenanceContact> contacts = new ArrayList<>();
        if (contactsField.isPresent()) {
            for (MappingReader item : maintenance.mappings(contactsField.get())) {
                Optional<MaintenanceContact> contact = contact(item);
                if (contact.isPresent()) {
                    contacts.add(contact.get());
                }
            }
        }

        KeyPath contractorsPath = maintenance.path().field("contractors");
        if (excluded) {
            problems.error(
                    Codes.EXCLUDED_UNLESS,
                    contractorsPath,
                    contractorsField.get().key(),
                    "contractors must not be present unless \"type\" is \"contract\"");
        }
        if (type.isPresent() && type.get() == MaintenanceType.CONTRACT && contractorsField.isEmpty()) {
            requiredWhen(problems, contractorsPath, maintenance.position(), type.get());
        }
        if (type.isPresent()
                && (type.get() == MaintenanceType.INTERNAL || type.get() == MaintenanceType.COMMUNITY)
                && contactsField.isEmpty()) {
            requiredWhen(problems, maintenance.path().field("contacts"), maintenance.position(), type.get());
        }
        maintenance.finish();
        return type.isPresent() ? Optional.of(new Maintenance(type.get(), contractors, contacts)) : Optional.empty();
    }

    /** The values of {@link MaintenanceType}, in order. */
    private static List<String> maintenanceTypes() {
        List<String> values = new ArrayList<>();
        for (MaintenanceType type : MaintenanceType.values()) {
            values.add(type.value());
        }
        return List.copyOf(values);
    }

    /** The text's value, if any. */
    private static Optional<String> value(Optional<Text> text) {
        return text.isPresent() ? Optional.of(text.get().value()) : Optional.empty();
    }

    private static void requiredWhen(ProblemList problems, KeyPath path, Position at, MaintenanceType type) {
        problems.error(
                Codes.REQUIRED_WHEN,
                path,
                at,
                path.fieldName() + " is a required field when \"type\" is \"" + type.value() + "\"",
                "type",
                type.value());
    }

    private static Optional<Contractor> contractor(MappingReader contractor) {
        ProblemList problems = contractor.problems();
        Optional<Text> name = contractor.requiredText("name");
        Optional<LocalDate> until = Optional.empty();
        if (contractor.requiredText("until").isPresent()) {
            until = PubliccodeReader.date(contractor, "until");
        }
        Optional<Text> email = email(contractor);
        Optional<Text> website = contractor.text("website");
        if (website.isPresent() && !Urls.isHttpUrl(website.get().value())) {
            Text w = website.get();
            problems.error(Codes.HTTP_URL, w.path(), w.key(), "website must be an HTTP URL", "value", w.value());
        }
        contractor.finish();
        if (name.isEmpty() || until.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Contractor(name.get().value(), until.get(), value(email), value(website)));
    }

    private static Optional<MaintenanceContact> contact(MappingReader contact) {
        Optional<Text> name = contact.requiredText("name");
        Optional<Text> email = email(contact);
        Optional<String> affiliation = PubliccodeReader.value(contact.text("affiliation"));
        Optional<String> phone = PubliccodeReader.value(contact.text("phone"));
        contact.finish();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MaintenanceContact(name.get().value(), value(email), affiliation, phone));
    }

    private static Optional<Text> email(MappingReader mapping) {
        Optional<Text> email = mapping.text("email");
        // like the reference: a null address is no address, but an empty one is checked (and fails)
        if (email.isPresent() && !EmailAddresses.isValid(email.get().value())) {
            Text e = email.get();
            mapping.problems()
                    .error(Codes.EMAIL, e.path(), e.key(), "email must be a valid email address", "value", e.value());
        }
        return email;
    }

    Optional<Localisation> localisation(MappingReader top) {
        Optional<MappingReader> section = section(top, "localisation", "localisationReady", "availableLanguages");
        if (section.isEmpty()) {
            return Optional.empty();
        }
        MappingReader localisation = section.get();
        ProblemList problems = localisation.problems();
        boolean readyPresent = localisation.entry("localisationReady").isPresent();
        Optional<Boolean> ready = localisation.bool("localisationReady");
        if (ready.isEmpty()) {
            problems.required(
                    localisation.path().field("localisationReady"),
                    readyPresent ? localisation.keyPosition("localisationReady") : localisation.position());
        }
        Optional<Field<YamlSequence>> languagesField = localisation.sequence("availableLanguages");
        KeyPath languagesPath = localisation.path().field("availableLanguages");
        List<Text> languages = List.of();
        if (languagesField.isEmpty()) {
            problems.required(
                    languagesPath,
                    localisation.has("availableLanguages")
                            ? localisation.keyPosition("availableLanguages")
                            : localisation.position());
        } else if (languagesField.get().node().items().isEmpty()) {
            problems.empty(languagesPath, languagesField.get().key());
        } else {
            languages = localisation.texts(
                    languagesField.get().node(),
                    languagesPath,
                    languagesField.get().key());
            for (Text language : languages) {
                if (!LanguageTags.instance().isValid(language.value())) {
                    problems.error(
                            Codes.LANGUAGE,
                            language.path(),
                            language.at(),
                            language.path().fieldName() + " must be a valid BCP 47 language",
                            "value",
                            language.value());
                }
            }
        }
        localisation.finish();
        List<String> values = PubliccodeReader.strings(languages);
        return ready.isPresent() ? Optional.of(new Localisation(ready.get(), values)) : Optional.empty();
    }

    DependsOn dependsOn(MappingReader dependsOn) {
        List<Dependency> open = dependencies(dependsOn, "open");
        List<Dependency> proprietary = dependencies(dependsOn, "proprietary");
        List<Dependency> hardware = dependencies(dependsOn, "hardware");
        dependsOn.finish();
        return new DependsOn(open, proprietary, hardware);
    }

    private static List<Dependency> dependencies(MappingReader dependsOn, String name) {
        List<Dependency> dependencies = new ArrayList<>();
        Optional<Field<YamlSequence>> field = dependsOn.sequence(name);
        if (field.isPresent()) {
            for (MappingReader item : dependsOn.mappings(field.get())) {
                Optional<Text> dependencyName = item.requiredText("name");
                Optional<String> versionMin = PubliccodeReader.value(item.text("versionMin"));
                Optional<String> versionMax = PubliccodeReader.value(item.text("versionMax"));
                Optional<String> version = PubliccodeReader.value(item.text("version"));
                boolean optional = item.bool("optional").orElse(false);
                item.finish();
                if (dependencyName.isPresent()) {
                    dependencies.add(
                            new Dependency(dependencyName.get().value(), versionMin, versionMax, version, optional));
                }
            }
        }
        return dependencies;
    }
}
