package eu.ospo.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import eu.ospo.model.Governance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * The parser and the model's Jakarta constraints agree: every model the parser accepts passes
 * Hibernate Validator, for the fixtures and for many mutants of them (one or two values replaced
 * or keys dropped).
 */
class ModelConstraintsTest {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    /** A block-style {@code key: value} line (possibly a list item's first key). */
    private static final Pattern KEY_LINE = Pattern.compile("^(\\s*(?:- )?)([A-Za-z]+):(?: (.*))?$");

    /** Values tried on any key. */
    private static final List<String> VALUES = List.of(
            "\"\"",
            "\" \"",
            "x",
            "0",
            "-1",
            "1",
            "1.5",
            "101",
            "2025-01-01",
            "2025-02-30",
            "2025",
            "true",
            "~",
            "[]",
            "{}",
            "[member]",
            "utrecht",
            "acme",
            "milano",
            "jvdberg",
            "pdevries",
            "community",
            "automatic",
            "hours",
            "fte",
            "count",
            "fraction",
            "signed",
            "NL",
            "nl",
            "Q42",
            "https://example.org",
            "urn:x-italian-pa:nope",
            "a@b",
            "perCoder",
            "hosting",
            "Mnt_1",
            "{amount: 1, unit: fte}");

    private static final List<String> IDS = List.of(
            "utrecht",
            "roma",
            "acme",
            "amsterdam",
            "milano",
            "bitworks",
            "meldingen",
            "permits",
            "jvdberg",
            "mrossi",
            "pdevries",
            "lbianchi",
            "security",
            "community",
            "board",
            "nobody",
            "Utrecht",
            "a",
            "x_y");
    private static final List<String> DAYS =
            List.of("-1", "0", "1", "7", "60", "366", "1000", "7.5", "99999999999", "2147483648");
    private static final List<String> DATES = List.of(
            "2020-01-01",
            "2024-12-31",
            "2025-01-01",
            "2025-04-01",
            "2025-12-31",
            "2026-12-31",
            "2030-01-01",
            "2025-02-29",
            "2024-02-29",
            "20250101");
    private static final List<String> TERMS = List.of(
            "maintenance",
            "development",
            "hosting",
            "support",
            "funding",
            "none",
            "manual",
            "automatic",
            "fte",
            "hours",
            "week",
            "month",
            "quarter",
            "year",
            "draft",
            "signed",
            "terminated",
            "fraction",
            "count",
            "perCoder",
            "perTeam",
            "perOrganisation",
            "company",
            "individual",
            "low",
            "high",
            "internal",
            "contract",
            "consensus",
            "unanimity",
            "nl-oin",
            "lei",
            "it-ipa",
            "iso6523",
            "vat",
            "wikidata");

    /** Values tried on particular keys, so that the interesting boundaries are met often. */
    private static final Map<String, List<String>> BY_KEY = Map.ofEntries(
            Map.entry("percentage", List.of("-1", "0", "0.0", "100", "100.0", "100.5", "101", "50")),
            Map.entry("amount", List.of("0", "-1", "0.0001", "1e3", "1E-20", "40", "0.0")),
            Map.entry(
                    "value",
                    List.of(
                            "0",
                            "1",
                            "1.5",
                            "0.5",
                            "2",
                            "3.0",
                            "-1",
                            "1e0",
                            "\"00000001002220647000\"",
                            "\"00000003123456780000\"",
                            "\"00000003123456789000\"",
                            "Q0",
                            "Q42",
                            "c_h501",
                            "C_H501",
                            "\"12345678\"",
                            "\"0106:1234\"",
                            "\"0190:00000001002220647000\"",
                            "5493001KJTIIGC8Y1R12",
                            "5493001KJTIIGC8Y1R13",
                            "NL123456789B01",
                            "nl123")),
            Map.entry("noticePeriodDays", DAYS),
            Map.entry("firstResponseDays", DAYS),
            Map.entry("securityResponseDays", DAYS),
            Map.entry("reviewDays", DAYS),
            Map.entry("votingPeriodDays", DAYS),
            Map.entry("termMonths", DAYS),
            Map.entry("maxSeatsPerOrganisation", DAYS),
            Map.entry("coders", DAYS),
            Map.entry("contractHours", List.of("-1", "0", "0.5", "1000", "-0.0")),
            Map.entry("communityHours", List.of("-1", "0", "0.5", "1000", "-0.0")),
            Map.entry("start", DATES),
            Map.entry("end", DATES),
            Map.entry("joined", DATES),
            Map.entry("left", DATES),
            Map.entry("until", DATES),
            Map.entry("lastReviewed", DATES),
            Map.entry(
                    "period", List.of("2025", "2025-Q1", "2025-Q4", "2025-12", "2025-13", "2025-Q0", "month", "year")),
            Map.entry("country", List.of("NL", "nl", "XX", "XK", "IT", "D", "Nl")),
            Map.entry(
                    "email",
                    List.of(
                            "a@b.example",
                            "a@b",
                            "\"a b@c.example\"",
                            "x@-a.com",
                            "\"\"",
                            "a@b~c.example",
                            "'\"a b\"@c.example'",
                            "'\"a\\\\\"b\"@c.example'",
                            "a.b+c@d-e.example",
                            "é@ü.example",
                            "a@b.c.d.e.f.example",
                            "a@b_c.example",
                            "a@xn--bcher-kva.example",
                            "a@b.e1",
                            "{x}@a.example",
                            "a@b..example")),
            Map.entry(
                    "uri",
                    List.of("https://a.example", "urn:x-italian-pa:c_h501", "urn:x-italian-pa:nope", "urn:x", "a b")),
            Map.entry("isRoleMailbox", List.of("true", "false", "yes", "\"true\"")));

    private static List<String> valuesFor(String key) {
        if (BY_KEY.containsKey(key)) {
            return BY_KEY.get(key);
        }
        if (List.of(
                        "id",
                        "provider",
                        "contractor",
                        "beneficiary",
                        "project",
                        "organisation",
                        "affiliation",
                        "steward",
                        "owner",
                        "contact")
                .contains(key)) {
            return IDS;
        }
        if (List.of(
                        "kind",
                        "renewal",
                        "unit",
                        "per",
                        "type",
                        "status",
                        "scope",
                        "criticality",
                        "maintenanceType",
                        "votingRule",
                        "governanceChange",
                        "scheme")
                .contains(key)) {
            return TERMS;
        }
        return VALUES;
    }

    static Set<String> violations(Object value) {
        Set<String> result = new TreeSet<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(value)) {
            result.add(violation.getPropertyPath() + ": " + violation.getMessage());
        }
        return result;
    }

    @ParameterizedTest
    @FieldSource("eu.ospo.governance.Fixtures#VALID")
    void everyValidFixturePassesTheModelsConstraints(String name) {
        Governance model = Fixtures.parse(name).governance().orElseThrow();

        assertThat(violations(model)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a@b.example",
                "a.b+c@d-e.example",
                "a@b~c.example",
                "a@b_c.example",
                "a@b..example",
                "a@b.e1",
                "a@-b.example",
                "\"a b\"@c.example",
                "\"a\\\"b\"@c.example",
                "\"\"@c.example",
                "é@ü.example",
                "{x}@a.example",
                "a@xn--bcher-kva.example",
                "a@b.c.d.e.f.g.example",
                "a@b",
                "a@[192.0.2.1]",
                "a@b.example.",
                ".a@b.example",
                "a..b@c.example",
                "a@b.ex~ample"
            })
    void anEmailAddressTheParserAcceptsIsOneTheValidatorAccepts(String email) {
        String text = ProblemsTest.with(
                "    roles: [maintainer]\n",
                "    email: '" + email.replace("'", "''") + "'\n    roles: [maintainer]\n");
        GovernanceResult result = Fixtures.PARSER.parse(text);

        result.governance().ifPresent(model -> assertThat(violations(model)).isEmpty());
        assertThat(Fixtures.compact(result.problems()))
                .allSatisfy(p -> assertThat(p).startsWith("value.email@contacts[0].email@"));
    }

    @Test
    void theValidatorSeesViolationsTheParserWouldHaveReported() {
        // the constraints are live: a model the parser would reject fails them
        Governance model = Fixtures.parse("worked-example.yml").governance().orElseThrow();
        Governance broken = WriterTest.withTexts(model, " ");

        assertThat(violations(broken)).isNotEmpty();
        assertThat(Fixtures.PARSER.parse(GovernanceWriter.write(broken)).isValid())
                .isFalse();
    }

    @Test
    void everyMutantTheParserAcceptsPassesTheModelsConstraints() {
        List<String> fixtures = List.of(Fixtures.text("all-keys.yml"), Fixtures.text("worked-example.yml"));
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        Gen<Mutation> mutation = integers()
                .between(0, 10_000)
                .zip(integers().between(0, 10_000), integers().between(0, 5), Mutation::new);

        qt().withExamples(2000)
                .forAll(arbitrary().pick(fixtures), mutation, mutation)
                .checkAssert((fixture, first, second) -> {
                    String text = second.apply(first.apply(fixture));
                    GovernanceResult result = Fixtures.PARSER.parse(text);
                    if (result.governance().isPresent()) {
                        accepted.incrementAndGet();
                        assertThat(violations(result.governance().get()))
                                .as(text)
                                .isEmpty();
                    } else {
                        rejected.incrementAndGet();
                    }
                });

        assertThat(accepted.get()).as("mutants accepted").isGreaterThan(100);
        assertThat(rejected.get()).as("mutants rejected").isGreaterThan(1000);
    }

    /**
     * Replaces the value of the n-th key line; one time in six drops the line instead, one time in
     * six leaves the text as it is (so some mutants have one change only).
     */
    record Mutation(int line, int value, int kind) {

        String apply(String text) {
            List<Integer> candidates = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = KEY_LINE.matcher(lines[i]);
                if (m.matches() && m.group(3) != null && !m.group(3).isEmpty()) {
                    candidates.add(i);
                }
            }
            int index = candidates.get(line % candidates.size());
            Matcher m = KEY_LINE.matcher(lines[index]);
            if (!m.matches()) {
                throw new IllegalStateException();
            }
            if (kind == 1) {
                return text;
            }
            List<String> values = kind >= 4 ? VALUES : valuesFor(m.group(2));
            if (kind == 0 && m.group(1).trim().isEmpty()) {
                lines[index] = null;
            } else {
                lines[index] = m.group(1) + m.group(2) + ": " + values.get(value % values.size());
            }
            StringBuilder out = new StringBuilder();
            for (String l : lines) {
                if (l != null) {
                    out.append(l).append('\n');
                }
            }
            return out.toString();
        }
    }
}
