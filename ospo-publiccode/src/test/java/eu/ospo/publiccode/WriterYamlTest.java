package eu.ospo.publiccode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.model.MaintenanceType;
import eu.ospo.publiccode.model.Contractor;
import eu.ospo.publiccode.model.Dependency;
import eu.ospo.publiccode.model.DependsOn;
import eu.ospo.publiccode.model.Description;
import eu.ospo.publiccode.model.DevelopmentStatus;
import eu.ospo.publiccode.model.IntendedAudience;
import eu.ospo.publiccode.model.ItalianExtension;
import eu.ospo.publiccode.model.Legal;
import eu.ospo.publiccode.model.Localisation;
import eu.ospo.publiccode.model.Maintenance;
import eu.ospo.publiccode.model.MaintenanceContact;
import eu.ospo.publiccode.model.OrganisationRef;
import eu.ospo.publiccode.model.PublicCode;
import eu.ospo.publiccode.model.SoftwareType;
import eu.ospo.publiccode.model.Support;
import eu.ospo.yaml.YamlLimits;
import eu.ospo.yaml.internal.YamlDocument;
import eu.ospo.yaml.internal.YamlLoader;
import eu.ospo.yaml.internal.YamlMapping;
import eu.ospo.yaml.internal.YamlNode;
import eu.ospo.yaml.internal.YamlScalar;
import eu.ospo.yaml.internal.YamlSequence;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Checks the writer at the YAML level, independently of the publiccode reader: the text loads
 * without problems through the project's YAML layer (SnakeYAML Engine, YAML 1.2 core schema), every
 * string comes back as the very same string, booleans as booleans, keys in the standard's order.
 */
class WriterYamlTest {

    private static final YamlLoader LOADER = new YamlLoader(YamlLimits.DEFAULT);

    private static final List<String> KEY_ORDER = List.of(
            "publiccodeYmlVersion",
            "name",
            "applicationSuite",
            "url",
            "landingURL",
            "isBasedOn",
            "softwareVersion",
            "releaseDate",
            "logo",
            "monochromeLogo",
            "inputTypes",
            "outputTypes",
            "platforms",
            "categories",
            "usedBy",
            "fundedBy",
            "roadmap",
            "developmentStatus",
            "softwareType",
            "supports",
            "organisation",
            "intendedAudience",
            "description",
            "legal",
            "maintenance",
            "localisation",
            "dependsOn",
            "IT");

    // ------------------------------------------------------------------ properties

    @Test
    void everyModelLoadsAsTheExpectedTree() {
        qt().withExamples(300)
                .forAll(PublicCodeGenerators.validClean().mix(PublicCodeGenerators.validWithDeprecated()))
                .checkAssert(m -> {
                    String yaml = PubliccodeWriter.write(m);
                    Object tree = load(yaml);
                    assertThat(tree).as("loaded tree of:\n%s", yaml).isEqualTo(expected(m));
                    @SuppressWarnings("unchecked")
                    List<String> keys = new ArrayList<>(((Map<String, Object>) tree).keySet());
                    assertThat(keys)
                            .as("top-level key order")
                            .isEqualTo(KEY_ORDER.stream().filter(keys::contains).toList());
                    assertThat(yaml)
                            .startsWith("publiccodeYmlVersion: \"0\"\n")
                            .endsWith("\n")
                            .doesNotContain("\r");
                });
    }

    @Test
    void anyStringSurvivesInEveryPosition() {
        qt().withExamples(1000).forAll(anyString()).checkAssert(s -> {
            PublicCode m = withStrings(sample(), s);
            String yaml = PubliccodeWriter.write(m);
            Object tree = load(yaml);
            assertThat(tree).as("loaded tree of:\n%s", yaml).isEqualTo(expected(m));
        });
    }

    /** Strings of any kind: the generators' text, tricky values, and random code points (controls too). */
    private static Gen<String> anyString() {
        Gen<String> randomCodePoints = in -> {
            int length = Generate.range(0, 12).generate(in);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                int c = Generate.frequency(List.of(
                                org.quicktheories.api.Pair.of(4, Generate.range(0, 0x7F)),
                                org.quicktheories.api.Pair.of(2, Generate.range(0x80, 0xD7FF)),
                                org.quicktheories.api.Pair.of(1, Generate.range(0xE000, 0x10FFFF))))
                        .generate(in);
                text.appendCodePoint(c);
            }
            return text.toString();
        };
        return Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(3, in -> PublicCodeGenerators.text(in, 0, 40)),
                org.quicktheories.api.Pair.of(2, in -> PublicCodeGenerators.longText(in, 1, 200)),
                org.quicktheories.api.Pair.of(2, Generate.pick(PublicCodeGenerators.TRICKY_VALUES)),
                org.quicktheories.api.Pair.of(3, randomCodePoints)));
    }

    // ------------------------------------------------------------------ examples

    @ParameterizedTest
    @ValueSource(
            strings = {
                "true",
                "false",
                "True",
                "null",
                "Null",
                "~",
                "",
                "0.10",
                "1e3",
                "0x1F",
                "0o17",
                "+1",
                ".inf",
                ".NaN",
                "yes",
                "no",
                "on",
                "off",
                "y",
                "N",
                "2024-01-01",
                "2024-1-1",
                "0777",
                "1_000",
                "12:30",
                "<<",
                "=",
                "- a",
                "a: b",
                "a #b",
                "#a",
                "&a",
                "*a",
                "!a",
                "%a",
                "@a",
                "`a`",
                "'a'",
                "\"a\"",
                " a",
                "a ",
                "a:",
                "{a}",
                "[a]",
                "a, b",
                "|",
                ">",
                "?",
                "-",
                "---"
            })
    void valuesAReaderWouldMisreadAreQuoted(String value) {
        String yaml = PubliccodeWriter.write(withStrings(sample(), value));
        assertThat(yaml).contains("\nname: \"").doesNotContain("\nname: " + value + "\n");
        assertThat(load(yaml)).isEqualTo(expected(withStrings(sample(), value)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Foo",
                "Foo bar",
                "Comune di Roma",
                "v1.2.3",
                "1.0.2",
                "https://example.org/a?b=c#d",
                "日本語",
                "a'b",
                "a\"b"
            })
    void ordinaryValuesArePlain(String value) {
        assertThat(PubliccodeWriter.write(withStrings(sample(), value))).contains("\nname: " + value + "\n");
    }

    @Test
    void multiLineTextIsALiteralBlockWithTheRightChomping() {
        PublicCode base = sample();
        assertThat(PubliccodeWriter.write(withLongDescription(base, "one\ntwo")))
                .contains("    longDescription: |-\n      one\n      two\n");
        assertThat(PubliccodeWriter.write(withLongDescription(base, "one\n\ntwo\n")))
                .contains("    longDescription: |\n      one\n\n      two\n");
        assertThat(PubliccodeWriter.write(withLongDescription(base, "one\ntwo\n\n")))
                .contains("    longDescription: |+\n      one\n      two\n\n    features:");
    }

    @Test
    void multiLineTextThatALiteralBlockCannotCarryIsDoubleQuoted() {
        PublicCode base = sample();
        assertThat(PubliccodeWriter.write(withLongDescription(base, " indented\nsecond")))
                .contains("    longDescription: \" indented\\nsecond\"\n");
        assertThat(PubliccodeWriter.write(withLongDescription(base, "trailing \nsecond")))
                .contains("    longDescription: \"trailing \\nsecond\"\n");
        assertThat(PubliccodeWriter.write(withLongDescription(base, "a\u2028b\nc")))
                .contains("    longDescription: \"a\\u2028b\\nc\"\n");
    }

    @Test
    void fullModelIsWrittenInTheStandardsLayout() {
        PublicCode m = full();
        assertThat(PubliccodeWriter.write(m)).isEqualTo("""
                        publiccodeYmlVersion: "0"
                        name: Medusa
                        applicationSuite: MegaProductivitySuite
                        url: https://example.com/italia/medusa.git
                        landingURL: https://example.com/medusa
                        isBasedOn:
                          - https://github.com/italia/otello.git
                        softwareVersion: "1.0"
                        releaseDate: 2017-04-15
                        logo: https://example.com/logo.svg
                        monochromeLogo: https://example.com/mono.png
                        inputTypes:
                          - text/plain
                        outputTypes:
                          - application/json
                        platforms:
                          - web
                          - linux
                        categories:
                          - cloud-management
                        usedBy:
                          - Comune di Roma
                        fundedBy:
                          - uri: urn:x-italian-pa:pcm
                            name: Presidenza del Consiglio dei Ministri
                        roadmap: https://example.com/roadmap
                        developmentStatus: development
                        softwareType: standalone/desktop
                        supports:
                          - id: alias:gdpr
                        organisation:
                          uri: https://example.org
                        intendedAudience:
                          countries:
                            - IT
                          scope:
                            - government
                        description:
                          en:
                            localisedName: Medusa
                            genericName: Text Editor
                            shortDescription: "A rather short description: probably useless"
                            longDescription: |
                              Very long description of this software,
                              on two lines.
                            documentation: https://example.com/docs
                            apiDocumentation: https://example.com/api
                            features:
                              - Very important feature
                              - "yes"
                            screenshots:
                              - https://example.com/a.png
                            videos:
                              - https://youtu.be/dQw4w9WgXcQ
                            awards:
                              - 1st Price Software of the year
                        legal:
                          license: AGPL-3.0-or-later
                          mainCopyrightOwner: City of Example
                          repoOwner: City of Example
                          authorsFile: https://example.com/AUTHORS
                        maintenance:
                          type: contract
                          contractors:
                            - name: Fornitore Privato SPA
                              until: 2099-01-01
                              email: dario.bianchi@example.com
                              website: https://example.com
                          contacts:
                            - name: Francesco Rossi
                              email: francesco.rossi@example.com
                              affiliation: Comune di Roma
                              phone: +39 231 13215112
                        localisation:
                          localisationReady: true
                          availableLanguages:
                            - en
                            - it
                        dependsOn:
                          open:
                            - name: MySQL
                              versionMin: "1.1"
                              versionMax: "1.3"
                              optional: true
                            - name: PostgreSQL
                              version: "3.2"
                          hardware:
                            - name: NFC Reader
                        IT:
                          countryExtensionVersion: "1.0"
                          conforme:
                            gdpr: true
                          piattaforme:
                            spid: true
                            io: true
                          riuso:
                            codiceIPA: pcm
                        """);
        assertThat(load(PubliccodeWriter.write(m))).isEqualTo(expected(m));
    }

    @Test
    void presentButEmptyRecordsAreWrittenAsEmptyMappings() {
        PublicCode base = sample();
        PublicCode m = base.withIntendedAudience(Optional.of(new IntendedAudience(List.of(), List.of(), List.of())))
                .withDependsOn(Optional.of(new DependsOn(List.of(), List.of(), List.of())))
                .withIt(Optional.of(new ItalianExtension(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(new ItalianExtension.Piattaforme(false, false, false, false, false)),
                        Optional.of(new ItalianExtension.Riuso(Optional.empty())))));
        String yaml = PubliccodeWriter.write(m);
        assertThat(yaml)
                .contains("\nintendedAudience: {}\n")
                .contains("\ndependsOn: {}\n")
                .endsWith("\nIT:\n  piattaforme: {}\n  riuso: {}\n");
        assertThat(load(yaml)).isEqualTo(expected(m));
    }

    @Test
    void writerDoesNotDependOnTheDeclaredVersion() {
        PublicCode base = sample();
        for (String version : PubliccodeVersion.SUPPORTED) {
            assertThat(PubliccodeWriter.write(WriterRoundTripTest.withVersion(base, version)))
                    .isEqualTo(PubliccodeWriter.write(base));
        }
    }

    // ------------------------------------------------------------------ YAML tree to plain Java

    private static Object load(String yaml) {
        YamlDocument document = LOADER.load(yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(document.problems()).as("YAML problems for:\n%s", yaml).isEmpty();
        return plain(document.root().orElseThrow());
    }

    private static Object plain(YamlNode node) {
        if (node instanceof YamlMapping mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (YamlMapping.Entry entry : mapping.entries()) {
                assertThat(entry.key().type()).as("key %s", entry.name()).isEqualTo(YamlScalar.Type.STRING);
                map.put(entry.name(), plain(entry.value()));
            }
            return map;
        }
        if (node instanceof YamlSequence sequence) {
            return sequence.items().stream().map(WriterYamlTest::plain).toList();
        }
        YamlScalar scalar = (YamlScalar) node;
        return switch (scalar.type()) {
            case STRING -> scalar.value();
            case BOOL -> Boolean.valueOf(scalar.value());
            default -> scalar.type() + ":" + scalar.value();
        };
    }

    // ------------------------------------------------------------------ the expected tree, from the model

    private static Map<String, Object> expected(PublicCode m) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("publiccodeYmlVersion", "0");
        map.put("name", m.name());
        opt(map, "applicationSuite", m.applicationSuite());
        map.put("url", m.url());
        opt(map, "landingURL", m.landingUrl());
        list(map, "isBasedOn", m.isBasedOn(), s -> s);
        opt(map, "softwareVersion", m.softwareVersion());
        opt(map, "releaseDate", m.releaseDate().map(LocalDate::toString));
        opt(map, "logo", m.logo());
        opt(map, "monochromeLogo", m.monochromeLogo());
        list(map, "inputTypes", m.inputTypes(), s -> s);
        list(map, "outputTypes", m.outputTypes(), s -> s);
        list(map, "platforms", m.platforms(), s -> s);
        list(map, "categories", m.categories(), s -> s);
        list(map, "usedBy", m.usedBy(), s -> s);
        list(map, "fundedBy", m.fundedBy(), WriterYamlTest::organisation);
        opt(map, "roadmap", m.roadmap());
        map.put("developmentStatus", m.developmentStatus().value());
        map.put("softwareType", m.softwareType().value());
        list(map, "supports", m.supports(), s -> Map.of("id", s.id()));
        m.organisation().ifPresent(o -> map.put("organisation", organisation(o)));
        m.intendedAudience().ifPresent(a -> {
            Map<String, Object> audience = new LinkedHashMap<>();
            list(audience, "countries", a.countries(), s -> s);
            list(audience, "unsupportedCountries", a.unsupportedCountries(), s -> s);
            list(audience, "scope", a.scope(), s -> s);
            map.put("intendedAudience", audience);
        });
        Map<String, Object> descriptions = new LinkedHashMap<>();
        m.description().forEach((language, d) -> {
            Map<String, Object> description = new LinkedHashMap<>();
            opt(description, "localisedName", d.localisedName());
            opt(description, "genericName", d.genericName());
            description.put("shortDescription", d.shortDescription());
            description.put("longDescription", d.longDescription());
            opt(description, "documentation", d.documentation());
            opt(description, "apiDocumentation", d.apiDocumentation());
            list(description, "features", d.features(), s -> s);
            list(description, "screenshots", d.screenshots(), s -> s);
            list(description, "videos", d.videos(), s -> s);
            list(description, "awards", d.awards(), s -> s);
            descriptions.put(language, description);
        });
        map.put("description", descriptions);
        Map<String, Object> legal = new LinkedHashMap<>();
        legal.put("license", m.legal().license());
        opt(legal, "mainCopyrightOwner", m.legal().mainCopyrightOwner());
        opt(legal, "repoOwner", m.legal().repoOwner());
        opt(legal, "authorsFile", m.legal().authorsFile());
        map.put("legal", legal);
        Map<String, Object> maintenance = new LinkedHashMap<>();
        maintenance.put("type", m.maintenance().type().value());
        list(maintenance, "contractors", m.maintenance().contractors(), c -> {
            Map<String, Object> contractor = new LinkedHashMap<>();
            contractor.put("name", c.name());
            contractor.put("until", c.until().toString());
            opt(contractor, "email", c.email());
            opt(contractor, "website", c.website());
            return contractor;
        });
        list(maintenance, "contacts", m.maintenance().contacts(), c -> {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("name", c.name());
            opt(contact, "email", c.email());
            opt(contact, "affiliation", c.affiliation());
            opt(contact, "phone", c.phone());
            return contact;
        });
        map.put("maintenance", maintenance);
        Map<String, Object> localisation = new LinkedHashMap<>();
        localisation.put("localisationReady", m.localisation().localisationReady());
        list(localisation, "availableLanguages", m.localisation().availableLanguages(), s -> s);
        map.put("localisation", localisation);
        m.dependsOn().ifPresent(d -> {
            Map<String, Object> dependsOn = new LinkedHashMap<>();
            list(dependsOn, "open", d.open(), WriterYamlTest::dependency);
            list(dependsOn, "proprietary", d.proprietary(), WriterYamlTest::dependency);
            list(dependsOn, "hardware", d.hardware(), WriterYamlTest::dependency);
            map.put("dependsOn", dependsOn);
        });
        m.it().ifPresent(it -> {
            Map<String, Object> section = new LinkedHashMap<>();
            opt(section, "countryExtensionVersion", it.countryExtensionVersion());
            it.conforme().ifPresent(c -> {
                Map<String, Object> conforme = new LinkedHashMap<>();
                flag(conforme, "lineeGuidaDesign", c.lineeGuidaDesign());
                flag(conforme, "modelloInteroperabilita", c.modelloInteroperabilita());
                flag(conforme, "misureMinimeSicurezza", c.misureMinimeSicurezza());
                flag(conforme, "gdpr", c.gdpr());
                section.put("conforme", conforme);
            });
            it.piattaforme().ifPresent(p -> {
                Map<String, Object> piattaforme = new LinkedHashMap<>();
                flag(piattaforme, "spid", p.spid());
                flag(piattaforme, "pagopa", p.pagopa());
                flag(piattaforme, "cie", p.cie());
                flag(piattaforme, "anpr", p.anpr());
                flag(piattaforme, "io", p.io());
                section.put("piattaforme", piattaforme);
            });
            it.riuso().ifPresent(r -> {
                Map<String, Object> riuso = new LinkedHashMap<>();
                opt(riuso, "codiceIPA", r.codiceIPA());
                section.put("riuso", riuso);
            });
            map.put("IT", section);
        });
        return map;
    }

    private static Map<String, Object> organisation(OrganisationRef o) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("uri", o.uri());
        opt(map, "name", o.name());
        return map;
    }

    private static Map<String, Object> dependency(Dependency d) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", d.name());
        opt(map, "versionMin", d.versionMin());
        opt(map, "versionMax", d.versionMax());
        opt(map, "version", d.version());
        flag(map, "optional", d.optional());
        return map;
    }

    private static void opt(Map<String, Object> map, String key, Optional<String> value) {
        value.ifPresent(v -> map.put(key, v));
    }

    private static void flag(Map<String, Object> map, String key, boolean value) {
        if (value) {
            map.put(key, true);
        }
    }

    private static <T> void list(Map<String, Object> map, String key, List<T> values, Function<T, Object> item) {
        if (!values.isEmpty()) {
            map.put(key, values.stream().map(item).toList());
        }
    }

    // ------------------------------------------------------------------ sample models

    static PublicCode sample() {
        return PublicCode.of(
                "Sample",
                "https://example.org/repo.git",
                List.of("web"),
                DevelopmentStatus.STABLE,
                SoftwareType.LIBRARY,
                Map.of("en", Description.of("Short", "x".repeat(150), List.of("feature"))),
                new Legal("MIT", Optional.empty(), Optional.empty(), Optional.empty()),
                new Maintenance(
                        MaintenanceType.COMMUNITY,
                        List.of(),
                        List.of(new MaintenanceContact("Ann", Optional.empty(), Optional.empty(), Optional.empty()))),
                new Localisation(false, List.of("en")));
    }

    /** The sample with {@code s} in every kind of string position: top level, list item, block, flow of a list of mappings. */
    private static PublicCode withStrings(PublicCode b, String s) {
        Description d = b.description().get("en");
        Description described = d.withLocalisedName(Optional.of(s))
                .withShortDescription(s)
                .withLongDescription(s)
                .withFeatures(List.of(s, "x"))
                .withAwards(List.of(s));
        return b.withName(s)
                .withApplicationSuite(Optional.of(s))
                .withSoftwareVersion(Optional.of(s))
                .withPlatforms(List.of(s))
                .withUsedBy(List.of(s, s))
                .withFundedBy(List.of(new OrganisationRef(s, Optional.of(s))))
                .withSupports(List.of(new Support(s)))
                .withDescription(Map.of("en", described))
                .withMaintenance(new Maintenance(
                        MaintenanceType.CONTRACT,
                        List.of(new Contractor(s, LocalDate.of(2030, 1, 31), Optional.of(s), Optional.empty())),
                        List.of(new MaintenanceContact(s, Optional.empty(), Optional.of(s), Optional.of(s)))))
                .withDependsOn(Optional.of(new DependsOn(
                        List.of(new Dependency(s, Optional.of(s), Optional.empty(), Optional.of(s), true)),
                        List.of(),
                        List.of())))
                .withIt(Optional.of(
                        new ItalianExtension(Optional.of(s), Optional.empty(), Optional.empty(), Optional.empty())));
    }

    private static PublicCode withLongDescription(PublicCode b, String text) {
        Description d = b.description().get("en");
        return b.withDescription(Map.of("en", d.withLongDescription(text)));
    }

    static PublicCode full() {
        return new PublicCode(
                "0.2",
                "Medusa",
                Optional.of("MegaProductivitySuite"),
                "https://example.com/italia/medusa.git",
                Optional.of("https://example.com/medusa"),
                List.of("https://github.com/italia/otello.git"),
                Optional.of("1.0"),
                Optional.of(LocalDate.of(2017, 4, 15)),
                Optional.of("https://example.com/logo.svg"),
                Optional.of("https://example.com/mono.png"),
                List.of("text/plain"),
                List.of("application/json"),
                List.of("web", "linux"),
                List.of("cloud-management"),
                List.of("Comune di Roma"),
                List.of(new OrganisationRef(
                        "urn:x-italian-pa:pcm", Optional.of("Presidenza del Consiglio dei Ministri"))),
                Optional.of("https://example.com/roadmap"),
                DevelopmentStatus.DEVELOPMENT,
                SoftwareType.STANDALONE_DESKTOP,
                List.of(new Support("alias:gdpr")),
                Optional.of(new OrganisationRef("https://example.org", Optional.empty())),
                Optional.of(new IntendedAudience(List.of("IT"), List.of(), List.of("government"))),
                Map.of(
                        "en",
                        new Description(
                                Optional.of("Medusa"),
                                Optional.of("Text Editor"),
                                "A rather short description: probably useless",
                                "Very long description of this software,\non two lines.\n",
                                Optional.of("https://example.com/docs"),
                                Optional.of("https://example.com/api"),
                                List.of("Very important feature", "yes"),
                                List.of("https://example.com/a.png"),
                                List.of("https://youtu.be/dQw4w9WgXcQ"),
                                List.of("1st Price Software of the year"))),
                new Legal(
                        "AGPL-3.0-or-later",
                        Optional.of("City of Example"),
                        Optional.of("City of Example"),
                        Optional.of("https://example.com/AUTHORS")),
                new Maintenance(
                        MaintenanceType.CONTRACT,
                        List.of(new Contractor(
                                "Fornitore Privato SPA",
                                LocalDate.of(2099, 1, 1),
                                Optional.of("dario.bianchi@example.com"),
                                Optional.of("https://example.com"))),
                        List.of(new MaintenanceContact(
                                "Francesco Rossi",
                                Optional.of("francesco.rossi@example.com"),
                                Optional.of("Comune di Roma"),
                                Optional.of("+39 231 13215112")))),
                new Localisation(true, List.of("en", "it")),
                Optional.of(new DependsOn(
                        List.of(
                                new Dependency("MySQL", Optional.of("1.1"), Optional.of("1.3"), Optional.empty(), true),
                                new Dependency(
                                        "PostgreSQL", Optional.empty(), Optional.empty(), Optional.of("3.2"), false)),
                        List.of(),
                        List.of(new Dependency(
                                "NFC Reader", Optional.empty(), Optional.empty(), Optional.empty(), false)))),
                Optional.of(new ItalianExtension(
                        Optional.of("1.0"),
                        Optional.of(new ItalianExtension.Conforme(false, false, false, true)),
                        Optional.of(new ItalianExtension.Piattaforme(true, false, false, false, true)),
                        Optional.of(new ItalianExtension.Riuso(Optional.of("pcm"))))));
    }
}
