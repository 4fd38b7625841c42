package eu.ospo.publiccode;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of {@link PublicCode} models that are valid by construction (publiccode
 * spec section 3).
 *
 * <p>{@link #validClean()} never uses a deprecated key, so its models parse with no problem at all
 * (apart from what the model itself implies). {@link #validWithDeprecated()} adds the deprecated
 * keys (genericName, monochromeLogo, inputTypes/outputTypes, repoOwner, authorsFile, IT.conforme,
 * IT.riuso.codiceIPA, lower-case country codes): valid, but with warnings.
 *
 * <p>Free text is drawn from an alphabet meant to break a naive YAML writer: non-ASCII letters,
 * combining marks, emoji, quotes, {@code ": "}, {@code " #"}, flow and anchor indicators, tabs, line
 * breaks (in longDescription), leading and trailing spaces, and whole values a YAML reader would take
 * for something else ({@code yes}, {@code null}, {@code ~}, {@code 0.10}, {@code 2024-01-01}). Text
 * lengths are bounded in code points for maxima and in atoms (each at least one grapheme cluster,
 * never merging with its neighbours) for minima, so the bounds hold however graphemes are counted.
 */
public final class PublicCodeGenerators {

    /** Valid SPDX expressions (ids checked against the SPDX list the reference uses). */
    public static final List<String> LICENSES = List.of(
            "MIT",
            "Apache-2.0",
            "EUPL-1.2",
            "AGPL-3.0-or-later",
            "GPL-3.0-only",
            "GPL-2.0-or-later",
            "BSD-3-Clause",
            "MPL-2.0",
            "LGPL-2.1-or-later",
            "CC0-1.0",
            "MIT OR Apache-2.0",
            "MIT WITH Bison-exception-2.2",
            "GPL-2.0-or-later WITH Classpath-exception-2.0",
            "(MIT AND BSD-2-Clause) OR Apache-2.0",
            "Apache-2.0 WITH LLVM-exception",
            "LicenseRef-Proprietary");

    /** Strict BCP 47 tags whose subtags are all registered. */
    public static final List<String> LANGUAGES = List.of(
            "en",
            "it",
            "de",
            "fr",
            "es",
            "pt",
            "nl",
            "sv",
            "ja",
            "zh",
            "el",
            "pl",
            "no",
            "en-GB",
            "en-US",
            "pt-BR",
            "de-AT",
            "de-CH",
            "zh-Hant",
            "sr-Latn",
            "sl-IT-nedis");

    /** The standard's 106 categories. */
    public static final List<String> CATEGORIES = List.of(
            "accounting",
            "agile-project-management",
            "applicant-tracking",
            "application-development",
            "appointment-scheduling",
            "backup",
            "billing-and-invoicing",
            "blog",
            "budgeting",
            "business-intelligence",
            "business-process-management",
            "cad",
            "call-center-management",
            "cloud-management",
            "collaboration",
            "communications",
            "compliance-management",
            "contact-management",
            "content-management",
            "crm",
            "customer-service-and-support",
            "data-analytics",
            "data-collection",
            "data-visualization",
            "design",
            "design-system",
            "digital-asset-management",
            "digital-citizenship",
            "document-management",
            "donor-management",
            "e-commerce",
            "e-signature",
            "educational-content",
            "email-management",
            "email-marketing",
            "employee-management",
            "enterprise-project-management",
            "enterprise-social-networking",
            "erp",
            "event-management",
            "facility-management",
            "feedback-and-reviews-management",
            "financial-reporting",
            "fleet-management",
            "fundraising",
            "gamification",
            "geographic-information-systems",
            "grant-management",
            "graphic-design",
            "help-desk",
            "hr",
            "ide",
            "identity-management",
            "instant-messaging",
            "integrated-library-system",
            "inventory-management",
            "it-asset-management",
            "it-development",
            "it-management",
            "it-security",
            "it-service-management",
            "knowledge-management",
            "learning-management-system",
            "marketing",
            "mind-mapping",
            "mobile-marketing",
            "mobile-payment",
            "network-management",
            "office",
            "online-booking",
            "online-community",
            "other",
            "payment-gateway",
            "payroll",
            "predictive-analysis",
            "procurement",
            "productivity-suite",
            "project-collaboration",
            "project-management",
            "property-management",
            "real-estate-management",
            "regulations-and-directives",
            "remote-support",
            "resource-management",
            "sales-management",
            "seo",
            "service-desk",
            "social-media-management",
            "survey",
            "talent-management",
            "task-management",
            "taxes-management",
            "test-management",
            "time-management",
            "time-tracking",
            "translation",
            "video-conferencing",
            "video-editing",
            "visitor-management",
            "voip",
            "warehouse-management",
            "web-collaboration",
            "web-conferencing",
            "website-builder",
            "whistleblowing",
            "workflow-management");

    /** The standard's 24 scopes. */
    public static final List<String> SCOPES = List.of(
            "agriculture",
            "culture",
            "defence",
            "education",
            "emergency-services",
            "employment",
            "energy",
            "environment",
            "finance-and-economic-development",
            "foreign-affairs",
            "government",
            "healthcare",
            "infrastructures",
            "justice",
            "local-authorities",
            "manufacturing",
            "research",
            "science-and-technology",
            "security",
            "society",
            "sport",
            "tourism",
            "transportation",
            "welfare");

    /** ISO 3166-1 alpha-2 codes (upper case). */
    public static final List<String> COUNTRIES =
            List.of("IT", "DE", "FR", "ES", "NL", "AT", "BE", "PT", "SE", "FI", "GB", "US", "CH", "XK");

    /** The nine {@code supports} aliases. */
    public static final List<String> ALIASES =
            List.of("gdpr", "eidas", "nis2", "cra", "spid", "cie", "anpr", "pagopa", "io");

    /** Video URLs matching oEmbed provider schemes. */
    public static final List<String> VIDEOS = List.of(
            "https://www.youtube.com/watch?v=abc",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42",
            "https://m.youtube.com/watch?v=XyZ_123",
            "https://youtu.be/dQw4w9WgXcQ",
            "https://vimeo.com/123",
            "https://vimeo.com/76979871",
            "https://player.vimeo.com/video/76979871");

    /** Organisation URIs: URLs, URNs and iPA URNs with known codes. */
    public static final List<String> ORGANISATION_URIS = List.of(
            "https://example.org",
            "https://www.comune.example.it/ente",
            "http://foobar.example",
            "urn:x-italian-pa:pcm",
            "urn:X-Italian-PA:pcm",
            "urn:foobar:baz",
            "urn:iso:std:iso:27001");

    /** Valid iPA codes (for the deprecated IT.riuso.codiceIPA). */
    public static final List<String> IPA_CODES = List.of("pcm", "PCM", "00L7M4KW");

    /** MIME types (for the deprecated inputTypes/outputTypes). */
    public static final List<String> MIME_TYPES =
            List.of("text/plain", "application/json", "image/svg+xml", "application/vnd.oasis.opendocument.text");

    /** Whole values a YAML reader might not take for a string. */
    public static final List<String> TRICKY_VALUES = List.of(
            "yes",
            "no",
            "Yes",
            "NO",
            "on",
            "off",
            "y",
            "n",
            "null",
            "Null",
            "NULL",
            "~",
            "true",
            "True",
            "FALSE",
            "0.10",
            "1e3",
            "1E-3",
            "0x1F",
            "0o17",
            "0777",
            "+1",
            "-1",
            "1_000",
            "12:30",
            ".inf",
            "-.Inf",
            ".nan",
            "2024-01-01",
            "2024-1-1",
            "2001-12-14t21:59:43.10-05:00",
            "<<",
            "=",
            "1.0",
            "3",
            "-",
            "- x",
            "? x",
            "a: b",
            "a:",
            "a #b",
            "#x",
            "&a",
            "*a",
            "!tag",
            "!!str",
            "%YAML",
            "@x",
            "`x`",
            "|",
            ">",
            "'",
            "\"",
            "'quoted'",
            "\"dq\"",
            "{}",
            "[]",
            "{a: 1}",
            "[1, 2]",
            ",",
            "---",
            "...",
            "\\",
            "C:\\path",
            "a\\nb");

    /** Fragments free text is built from; none starts with a combining character or ends with a joiner. */
    private static final List<String> ATOMS = List.of(
            "a",
            "b",
            "z",
            "Q",
            "0",
            "7",
            "e",
            "x",
            "é",
            "ü",
            "ß",
            "ñ",
            "Ω",
            "ж",
            "日本",
            "語",
            "한",
            "ع",
            "e\u0301",
            "😀",
            "👍🏽",
            "👨‍👩‍👧",
            "🇮🇹",
            "\u00A0",
            "\u2003",
            "'",
            "\"",
            ": ",
            " #",
            "- ",
            "{}",
            "[]",
            "&",
            "*",
            "!",
            "%",
            "@",
            "`",
            "|",
            ">",
            "?",
            ",",
            "#",
            ":",
            "~",
            "\\",
            "/",
            "\t",
            "--- ",
            "...",
            "& ",
            "* ");

    /** Characters that only a quoted scalar can carry (or that some readers treat as white space). */
    private static final List<String> RARE_ATOMS = List.of("\u0085", "\u2028", "\u2029", "\uFEFF", "\u00A0", "\u2003");

    /** One extended grapheme cluster each, none white space; none merges with a neighbour. */
    private static final List<String> VISIBLE_GRAPHEMES = List.of(
            "a",
            "Z",
            "0",
            "é",
            "e\u0301",
            "ß",
            "Ω",
            "ж",
            "日",
            "本",
            "한",
            "ع",
            "😀",
            "👍🏽",
            "👨‍👩‍👧",
            "🇮🇹",
            "'",
            "\"",
            ":",
            "#",
            "-",
            "{",
            "}",
            "[",
            "]",
            "&",
            "*",
            "!",
            "%",
            "@",
            "`",
            "|",
            ">",
            "?",
            ",",
            "~",
            "\\",
            "/");

    /** One extended grapheme cluster each, white space included. */
    private static final List<String> SINGLE_GRAPHEMES = java.util.stream.Stream.concat(
                    VISIBLE_GRAPHEMES.stream(), Stream.of(" ", " ", " ", "\t", "\u00A0"))
            .toList();

    /** Word fragments for prose: no white space at all. */
    private static final List<String> WORD_ATOMS = List.of(
            "the",
            "data",
            "città",
            "日本語",
            "naïve",
            "e\u0301t\u00E9",
            "😀",
            "👍🏽",
            "'quoted'",
            "\"dq\"",
            "a:b",
            "#tag",
            "x*",
            "&y",
            "!z",
            "%",
            "@at",
            "`code`",
            "{}",
            "[]",
            "yes",
            "null",
            "~",
            "0.10",
            "1e3",
            "2024-01-01",
            "-",
            "a\tb",
            "...",
            "---",
            "|",
            ">",
            "\\");

    private static final Gen<String> ATOM = Generate.frequency(List.of(
            org.quicktheories.api.Pair.of(6, pick(List.of("a", "b", "c", "d", "e", "n", "o", "s", "t", "x"))),
            org.quicktheories.api.Pair.of(3, constant(" ")),
            org.quicktheories.api.Pair.of(4, pick(ATOMS)),
            org.quicktheories.api.Pair.of(1, pick(RARE_ATOMS))));

    private PublicCodeGenerators() {}

    // ---------------------------------------------------------------- models

    /**
     * Valid models without deprecated keys. The version is drawn from the supported values, so a
     * round trip also checks that the writer always writes {@code "0"}.
     *
     * @return the generator
     */
    public static Gen<PublicCode> validClean() {
        return in -> publicCode(in, false);
    }

    /**
     * Valid models that also use deprecated keys (parse with warnings, never errors).
     *
     * @return the generator
     */
    public static Gen<PublicCode> validWithDeprecated() {
        return in -> publicCode(in, true);
    }

    private static PublicCode publicCode(RandomnessSource in, boolean deprecated) {
        Optional<OrganisationRef> organisation = optional(in, 2, organisation());
        Optional<ItalianExtension> it = optional(in, 3, in2 -> italian(in2, deprecated, organisation.isPresent()));
        return new PublicCode(
                pick(PubliccodeVersion.SUPPORTED).generate(in),
                text(in, 1, 60),
                optional(in, 3, r -> text(r, 1, 40)),
                httpUrl().generate(in),
                optional(in, 2, httpUrl()),
                listOf(in, 0, 2, httpUrl()),
                optional(
                        in,
                        2,
                        r -> pick(TRICKY_VALUES).generate(r) + (booleans().generate(r) ? "" : text(r, 1, 8))),
                optional(in, 2, date()),
                optional(in, 3, imageUrl(List.of(".png", ".svg"))),
                deprecated ? optional(in, 3, imageUrl(List.of(".png", ".svg", ".PNG"))) : Optional.empty(),
                deprecated ? listOf(in, 0, 2, pick(MIME_TYPES)) : List.of(),
                deprecated ? listOf(in, 0, 2, pick(MIME_TYPES)) : List.of(),
                listOf(in, 1, 4, r -> text(r, 1, 20)),
                distinct(in, 0, 4, pick(CATEGORIES)),
                listOf(in, 0, 3, r -> text(r, 0, 30)),
                listOf(in, 0, 2, organisation()),
                optional(in, 2, httpUrl()),
                Generate.enumValues(DevelopmentStatus.class).generate(in),
                Generate.enumValues(SoftwareType.class).generate(in),
                listOf(in, 0, 3, support()),
                organisation,
                optional(in, 2, r -> audience(r, deprecated)),
                descriptions(in, deprecated),
                legal(in, deprecated),
                maintenance(in),
                new Localisation(booleans().generate(in), distinct(in, 1, 3, pick(LANGUAGES))),
                optional(in, 3, PublicCodeGenerators::dependsOn),
                it);
    }

    private static Gen<OrganisationRef> organisation() {
        return in -> new OrganisationRef(pick(ORGANISATION_URIS).generate(in), optional(in, 2, r -> text(r, 1, 40)));
    }

    private static Gen<Support> support() {
        return in -> new Support(
                booleans().generate(in)
                        ? "alias:" + pick(ALIASES).generate(in)
                        : pick(ORGANISATION_URIS).generate(in));
    }

    private static IntendedAudience audience(RandomnessSource in, boolean deprecated) {
        Gen<String> country = deprecated
                ? r -> booleans().generate(r)
                        ? pick(COUNTRIES).generate(r).toLowerCase(Locale.ROOT)
                        : pick(COUNTRIES).generate(r)
                : pick(COUNTRIES);
        return new IntendedAudience(
                distinct(in, 0, 3, country), distinct(in, 0, 2, country), distinct(in, 0, 3, pick(SCOPES)));
    }

    private static Map<String, Description> descriptions(RandomnessSource in, boolean deprecated) {
        Map<String, Description> map = new LinkedHashMap<>();
        for (String language : distinct(in, 1, 3, pick(LANGUAGES))) {
            map.put(language, description(in, deprecated));
        }
        return map;
    }

    private static Description description(RandomnessSource in, boolean deprecated) {
        return new Description(
                optional(in, 3, r -> text(r, 1, 40)),
                deprecated ? optional(in, 2, r -> text(r, 1, 35)) : Optional.empty(),
                shortDescription(in),
                longDescription(in),
                optional(in, 3, httpUrl()),
                optional(in, 3, httpUrl()),
                listOf(in, 1, 4, r -> text(r, 1, 60)),
                listOf(in, 0, 2, imageUrl(List.of(".png", ".jpg"))),
                listOf(in, 0, 2, pick(VIDEOS)),
                listOf(in, 0, 2, r -> text(r, 1, 40)));
    }

    private static Legal legal(RandomnessSource in, boolean deprecated) {
        return new Legal(
                pick(LICENSES).generate(in),
                optional(in, 2, r -> text(r, 1, 40)),
                deprecated ? optional(in, 2, r -> text(r, 1, 40)) : Optional.empty(),
                deprecated ? optional(in, 3, r -> httpUrl().generate(r) + "/AUTHORS") : Optional.empty());
    }

    private static Maintenance maintenance(RandomnessSource in) {
        MaintenanceType type = Generate.enumValues(MaintenanceType.class).generate(in);
        List<Contractor> contractors = type == MaintenanceType.CONTRACT ? listOf(in, 1, 3, contractor()) : List.of();
        int minContacts = type == MaintenanceType.INTERNAL || type == MaintenanceType.COMMUNITY ? 1 : 0;
        return new Maintenance(type, contractors, listOf(in, minContacts, 3, contact()));
    }

    private static Gen<Contractor> contractor() {
        return in -> new Contractor(
                text(in, 1, 40), date().generate(in), optional(in, 2, email()), optional(in, 2, httpUrl()));
    }

    private static Gen<MaintenanceContact> contact() {
        return in -> new MaintenanceContact(
                text(in, 1, 40),
                optional(in, 2, email()),
                optional(in, 2, r -> text(r, 1, 40)),
                optional(in, 2, r -> booleans().generate(r) ? "+39 06 1234 5678" : text(r, 1, 20)));
    }

    private static DependsOn dependsOn(RandomnessSource in) {
        return new DependsOn(
                listOf(in, 0, 2, dependency()), listOf(in, 0, 2, dependency()), listOf(in, 0, 2, dependency()));
    }

    private static Gen<Dependency> dependency() {
        Gen<String> version = r -> booleans().generate(r) ? pick(TRICKY_VALUES).generate(r) : text(r, 1, 10);
        return in -> new Dependency(
                text(in, 1, 30),
                optional(in, 2, version),
                optional(in, 2, version),
                optional(in, 2, version),
                booleans().generate(in));
    }

    private static ItalianExtension italian(RandomnessSource in, boolean deprecated, boolean hasOrganisation) {
        Gen<Boolean> flag = booleans();
        Optional<ItalianExtension.Conforme> conforme = deprecated
                ? optional(
                        in,
                        2,
                        r -> new ItalianExtension.Conforme(
                                flag.generate(r), flag.generate(r), flag.generate(r), flag.generate(r)))
                : Optional.empty();
        // A codiceIPA with no organisation makes the reader synthesise one; keep the model a fixed point.
        Optional<ItalianExtension.Riuso> riuso = optional(
                in,
                3,
                r -> new ItalianExtension.Riuso(
                        deprecated && hasOrganisation ? optional(r, 2, pick(IPA_CODES)) : Optional.empty()));
        return new ItalianExtension(
                optional(in, 2, pick(List.of("0.2", "1.0"))),
                conforme,
                optional(
                        in,
                        2,
                        r -> new ItalianExtension.Piattaforme(
                                flag.generate(r),
                                flag.generate(r),
                                flag.generate(r),
                                flag.generate(r),
                                flag.generate(r))),
                riuso);
    }

    // ---------------------------------------------------------------- values

    /**
     * http(s) URLs with a host from a pool and an optional path, query and fragment.
     *
     * @return the generator
     */
    public static Gen<String> httpUrl() {
        Gen<String> host = pick(List.of(
                "example.org",
                "www.example.com",
                "git.example.it",
                "sub-domain.example.eu",
                "example.org:8080",
                "xn--bcher-kva.example",
                "127.0.0.1"));
        Gen<String> segment = pick(List.of("a", "repo", "x_y", "v1.2", "%C3%A9", "~user", "a-b", "日本", "1"));
        return in -> {
            StringBuilder url = new StringBuilder(booleans().generate(in) ? "https://" : "http://");
            url.append(host.generate(in));
            int segments = range(0, 3).generate(in);
            for (int i = 0; i < segments; i++) {
                url.append('/').append(segment.generate(in));
            }
            if (range(0, 3).generate(in) == 0) {
                url.append("?q=1&b=").append(segment.generate(in));
            }
            if (range(0, 4).generate(in) == 0) {
                url.append("#frag");
            }
            return url.toString();
        };
    }

    private static Gen<String> imageUrl(List<String> extensions) {
        return in -> httpUrl().generate(in).replaceAll("[?#].*$", "") + "/img"
                + pick(extensions).generate(in);
    }

    /**
     * Bare e-mail addresses such as {@code a.b@example.org}.
     *
     * @return the generator
     */
    public static Gen<String> email() {
        Gen<String> word = pick(List.of("a", "b", "mario", "info", "x1", "dev-team", "j_doe"));
        Gen<String> domain = pick(List.of("example.org", "example.com", "comune.example.it"));
        return in -> word.generate(in) + (booleans().generate(in) ? "." + word.generate(in) : "") + "@"
                + domain.generate(in);
    }

    /**
     * Dates from 1990 to 2099.
     *
     * @return the generator
     */
    public static Gen<LocalDate> date() {
        return in -> LocalDate.ofEpochDay(range((int) LocalDate.of(1990, 1, 1).toEpochDay(), (int)
                        LocalDate.of(2099, 12, 31).toEpochDay())
                .generate(in));
    }

    /**
     * Single-line free text of {@code min} to {@code max} code points (so at most {@code max}
     * graphemes), not blank when {@code min > 0}. Sometimes a whole tricky value.
     */
    static String text(RandomnessSource in, int min, int max) {
        if (range(0, 5).generate(in) == 0) {
            String tricky = pick(TRICKY_VALUES).generate(in);
            if (fits(tricky, min, max)) {
                return tricky;
            }
        }
        int atoms = range(Math.max(min, 1), Math.max(min, max)).generate(in);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < atoms; i++) {
            String atom = ATOM.generate(in);
            if (text.codePointCount(0, text.length()) + atom.codePointCount(0, atom.length()) > max) {
                break;
            }
            text.append(atom);
        }
        String result = text.toString();
        if (min > 0 && result.isBlank()) {
            result = truncateCodePoints("x" + result, max);
        }
        return result;
    }

    /**
     * Multi-line free text of at least {@code minAtoms} atoms (each at least one grapheme, so at least
     * that many graphemes) and at most {@code maxCodePoints} code points, with line breaks, blank lines,
     * indented lines, and sometimes trailing spaces or trailing line breaks.
     */
    /** 1 to 150 graphemes, often exactly at a bound; counted exactly when not free text. */
    static String shortDescription(RandomnessSource in) {
        return switch (range(0, 5).generate(in)) {
            case 0 -> graphemes(in, 150, false);
            case 1 -> graphemes(in, 1, false);
            case 2 -> graphemes(in, range(1, 150).generate(in), false);
            default -> text(in, 1, 150);
        };
    }

    /** 150 to 1000 graphemes, sometimes exactly 150, with line breaks. */
    static String longDescription(RandomnessSource in) {
        return switch (range(0, 5).generate(in)) {
            case 0 -> graphemes(in, 150, true);
            case 1 -> graphemes(in, range(150, 1000).generate(in), true);
            default -> longText(in, 150, 1000);
        };
    }

    /**
     * Exactly {@code count} extended grapheme clusters, however they are counted by a correct UAX #29
     * implementation: each atom is one cluster and none merges with its neighbours. Starts with a
     * non-space cluster.
     */
    static String graphemes(RandomnessSource in, int count, boolean lineBreaks) {
        Gen<String> any = lineBreaks
                ? Generate.frequency(List.of(
                        org.quicktheories.api.Pair.of(12, pick(SINGLE_GRAPHEMES)),
                        org.quicktheories.api.Pair.of(1, constant("\n"))))
                : pick(SINGLE_GRAPHEMES);
        StringBuilder text = new StringBuilder(pick(VISIBLE_GRAPHEMES).generate(in));
        for (int i = 1; i < count; i++) {
            text.append(any.generate(in));
        }
        return text.toString();
    }

    static String longText(RandomnessSource in, int minAtoms, int maxCodePoints) {
        return booleans().generate(in) ? prose(in, minAtoms, maxCodePoints) : chaos(in, minAtoms, maxCodePoints);
    }

    /**
     * Paragraphs of words separated by single spaces, lines never ending in white space: text a
     * literal block can carry (sometimes with indented lines, blank lines and trailing line breaks).
     */
    private static String prose(RandomnessSource in, int minAtoms, int maxCodePoints) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        int target = range(minAtoms, minAtoms + 300).generate(in);
        while (count < target) {
            StringBuilder piece = new StringBuilder();
            int roll = range(0, 12).generate(in);
            if (count > 0 && roll == 0) {
                piece.append(booleans().generate(in) ? "\n" : "\n\n");
                if (range(0, 4).generate(in) == 0) {
                    piece.append("  - ");
                }
            } else if (count > 0) {
                piece.append(' ');
            }
            piece.append(
                    range(0, 3).generate(in) == 0
                            ? pick(WORD_ATOMS).generate(in)
                            : pick(List.of("lorem", "ipsum", "dolor", "sit", "amet", "comune", "software", "é"))
                                    .generate(in));
            if (count >= minAtoms
                    && text.codePointCount(0, text.length()) + piece.codePointCount(0, piece.length())
                            > maxCodePoints) {
                break;
            }
            text.append(piece);
            count += count > 0 ? 2 : 1; // a word, and the separator before it
        }
        int ending = range(0, 3).generate(in);
        if (ending == 1) {
            text.append('\n');
        } else if (ending == 2) {
            text.append("\n\n");
        }
        return text.toString();
    }

    /** Text from the whole stress alphabet, white space anywhere. */
    private static String chaos(RandomnessSource in, int minAtoms, int maxCodePoints) {
        int target =
                range(minAtoms, Math.min(maxCodePoints / 2, minAtoms + 300)).generate(in);
        StringBuilder text = new StringBuilder();
        int count = 0;
        while (count < target) {
            int roll = range(0, 40).generate(in);
            String atom;
            if (roll == 0) {
                atom = "\n\n";
            } else if (roll <= 3) {
                atom = "\n";
            } else if (roll == 4) {
                atom = "\n  ";
            } else if (roll == 5) {
                atom = pick(TRICKY_VALUES).generate(in);
            } else {
                atom = ATOM.generate(in);
            }
            if (count >= minAtoms
                    && text.codePointCount(0, text.length()) + atom.codePointCount(0, atom.length()) > maxCodePoints) {
                break;
            }
            text.append(atom);
            count += atomCount(atom);
        }
        int ending = range(0, 6).generate(in);
        if (ending == 0) {
            text.append('\n');
        } else if (ending == 1) {
            text.append("\n\n");
        } else if (ending == 2) {
            text.append("  ");
        }
        return text.toString();
    }

    /** A lower bound on the graphemes an atom or tricky value adds. */
    private static int atomCount(String atom) {
        return atom.isEmpty() ? 0 : 1;
    }

    private static boolean fits(String text, int min, int max) {
        int length = text.codePointCount(0, text.length());
        return length <= max && length >= min && !(min > 0 && text.isBlank());
    }

    private static String truncateCodePoints(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }

    // ---------------------------------------------------------------- combinators

    /** Absent with probability 1/oneIn, else present. */
    private static <T> Optional<T> optional(RandomnessSource in, int oneIn, Gen<T> gen) {
        return range(0, oneIn - 1).generate(in) == 0 ? Optional.empty() : Optional.of(gen.generate(in));
    }

    private static <T> List<T> listOf(RandomnessSource in, int min, int max, Gen<T> gen) {
        int size = range(min, max).generate(in);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(gen.generate(in));
        }
        return list;
    }

    private static <T> List<T> distinct(RandomnessSource in, int min, int max, Gen<T> gen) {
        int size = range(min, max).generate(in);
        Set<T> set = new LinkedHashSet<>();
        for (int attempts = 0; set.size() < size && attempts < 50; attempts++) {
            set.add(gen.generate(in));
        }
        return new ArrayList<>(set);
    }
}
