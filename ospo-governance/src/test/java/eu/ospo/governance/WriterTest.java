package eu.ospo.governance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.Commitment;
import eu.ospo.model.CommitmentUnit;
import eu.ospo.model.Community;
import eu.ospo.model.Contact;
import eu.ospo.model.DecisionMaking;
import eu.ospo.model.Exemption;
import eu.ospo.model.Governance;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.ServiceLevels;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class WriterTest {

    static Governance workedExample() {
        return Fixtures.parse("worked-example.yml").governance().orElseThrow();
    }

    /** Writes, parses back and returns the model, asserting that nothing was reported. */
    static Governance roundTrip(Governance model) {
        String written = GovernanceWriter.write(model);
        GovernanceResult result = Fixtures.PARSER.parse(written);
        assertThat(result.problems()).as(written).isEmpty();
        return result.governance().orElseThrow();
    }

    @ParameterizedTest
    @FieldSource("eu.ospo.governance.Fixtures#VALID")
    void parsingWhatTheWriterWritesGivesAnEqualModel(String name) {
        Governance model = Fixtures.parse(name).governance().orElseThrow();

        assertThat(roundTrip(model)).isEqualTo(model);
    }

    @ParameterizedTest
    @FieldSource("eu.ospo.governance.Fixtures#VALID")
    void writingIsStable(String name) {
        String once = GovernanceWriter.write(Fixtures.parse(name).governance().orElseThrow());
        String twice =
                GovernanceWriter.write(Fixtures.PARSER.parse(once).governance().orElseThrow());

        assertThat(twice).isEqualTo(once);
    }

    @Test
    void theWorkedExampleIsWrittenInBlockStyleInTheFormatsKeyOrder() {
        String written = GovernanceWriter.write(workedExample());

        assertThat(written)
                .startsWith("governanceYmlVersion: \"0.1\"\ncommunity:\n  name: Gemeenschap Meldingen\n")
                .contains("""
                          - id: mnt-roma-2025
                            kind: maintenance
                            project: meldingen
                            provider: roma
                            contractor: acme
                            commitment:
                              amount: 40
                              unit: hours
                              per: month
                            start: 2025-04-01
                            end: 2026-03-31
                            noticePeriodDays: 60
                            responsibilities: [triage, documentation]
                            maintainers:
                              - mrossi
                            status: signed
                        """)
                .contains("      - scheme: nl-oin\n        value: \"00000001002220647000\"\n")
                .contains("    roles: [member, steward, maintainer]\n")
                .contains("      period: 2025-Q1\n")
                .endsWith("    roles: [maintainer, representative]\n");
    }

    @Test
    void valuesEqualToTheirDefaultsAreLeftOut() {
        String text = Fixtures.text("worked-example.yml")
                .replace("    status: signed\n", "    beneficiary: community\n    renewal: none\n    status: signed\n")
                .replace("    renewal: manual\n", "")
                .replace("    noticePeriodDays: 90\n", "")
                .replace("    end: 2026-12-31\n", "    end: 2026-12-31\n    noticePeriodDays: 90\n");
        Governance model = Fixtures.PARSER.parse(text).governance().orElseThrow();

        String written = GovernanceWriter.write(model);

        assertThat(text)
                .contains("beneficiary: community", "renewal: none", "period: quarter", "maxSeatsPerOrganisation: 1");
        assertThat(written)
                .doesNotContain("beneficiary")
                .doesNotContain("renewal")
                .doesNotContain("period: quarter")
                .doesNotContain("maxSeatsPerOrganisation")
                .doesNotContain("isRoleMailbox");
        assertThat(roundTrip(model)).isEqualTo(model);
    }

    @Test
    void valuesOtherThanTheDefaultsAreWritten() {
        String written = GovernanceWriter.write(
                Fixtures.parse("all-keys.yml").governance().orElseThrow());

        assertThat(written)
                .contains("    beneficiary: amsterdam\n")
                .contains("    renewal: manual\n")
                .contains("      period: month\n")
                .contains("  period: year\n")
                .contains("      maxSeatsPerOrganisation: 2\n")
                .contains("    isRoleMailbox: true\n")
                .contains("      period: \"2024\"\n");
    }

    @Test
    void decimalsAreWrittenExactlyAsHeld() {
        Governance g = workedExample();
        MaintainerAgreement first = g.agreements().get(0);
        for (String amount : List.of("0.80", "1E+3", "1.5E-7", "40.0", "12345678901234.5")) {
            MaintainerAgreement changed = first.withCommitment(
                    Optional.of(new Commitment(new BigDecimal(amount), CommitmentUnit.FTE, Optional.empty())));
            Governance model = g.withAgreements(List.of(changed, g.agreements().get(1)));

            Governance back = roundTrip(model);

            assertThat(back).isEqualTo(model);
            assertThat(back.agreements()
                            .get(0)
                            .commitment()
                            .orElseThrow()
                            .amount()
                            .scale())
                    .isEqualTo(new BigDecimal(amount).scale());
        }
    }

    @Test
    void emptyButPresentMappingsAreWrittenAsEmptyMappings() {
        Governance g = workedExample();
        MaintainerAgreement first = g.agreements().get(0);
        MaintainerAgreement noLevels = first.withServiceLevels(
                Optional.of(new ServiceLevels(Optional.empty(), Optional.empty(), Optional.empty())));
        Governance model = g.withAgreements(List.of(noLevels))
                .withDecisionMaking(Optional.of(new DecisionMaking(List.of(), Optional.empty())));

        String written = GovernanceWriter.write(model);

        assertThat(written).contains("    serviceLevels: {}\n").contains("decisionMaking: {}\n");
        assertThat(roundTrip(model)).isEqualTo(model);
    }

    @Test
    void stringsThatWouldReadAsSomethingElseAreQuoted() {
        List<String> tricky = List.of(
                "true",
                "no",
                "Yes",
                "null",
                "~",
                "123",
                "0.5",
                "1_000",
                "12:30",
                "1.2.3",
                "0x1F",
                ".inf",
                "- item",
                "key: value",
                "a #comment",
                "#hash",
                "@handle",
                "`tick",
                "%percent",
                "!tag",
                "&anchor",
                "*alias",
                "[list]",
                "{map}",
                "|",
                ">",
                "? question",
                ", comma",
                "---",
                "...",
                " leading",
                "trailing ",
                "ends with colon:",
                "line\nbreak",
                "tab\there",
                "quote \" and back\\slash",
                "'single'",
                "Città di Torino",
                "Łódź: miasto",
                "emoji 🙂",
                "nel\u0085",
                "ls\u2028ps\u2029",
                "bom\uFEFF",
                "bell\u0007",
                "del\u007F",
                "nbsp\u00A0",
                "https://example.org/a?b=c&d=e#f",
                "urn:x-italian-pa:c_h501",
                "plain words, with commas [and] {braces}");
        Governance g = workedExample();
        for (String value : tricky) {
            Governance model = withTexts(g, value);

            Governance back = roundTrip(model);

            assertThat(back).as(value).isEqualTo(model);
        }
        assertThat(GovernanceWriter.write(withTexts(g, "true"))).contains("  name: \"true\"\n");
        assertThat(GovernanceWriter.write(withTexts(g, "12:30"))).contains("  name: \"12:30\"\n");
        assertThat(GovernanceWriter.write(withTexts(g, "a #b"))).contains("  name: \"a #b\"\n");
        assertThat(GovernanceWriter.write(withTexts(g, "line\nbreak"))).contains("  name: \"line\\nbreak\"\n");
        assertThat(GovernanceWriter.write(withTexts(g, "Città di Torino"))).contains("  name: Città di Torino\n");
    }

    @Test
    void theVersionIsAlwaysAQuotedString() {
        assertThat(GovernanceWriter.write(workedExample())).startsWith("governanceYmlVersion: \"0.1\"\n");
    }

    /** The model with {@code value} in every free-text place that takes any string. */
    static Governance withTexts(Governance g, String value) {
        Community c = g.community();
        Community community = new Community(
                value,
                c.uri(),
                Optional.of(value),
                Optional.of(value),
                c.lastReviewed(),
                List.of(new Exemption(value, value, Optional.empty())));
        Contact first = g.contacts().get(0);
        Map<String, String> handles = new LinkedHashMap<>();
        handles.put(value, value);
        handles.put("gitlab", value);
        Contact contact = new Contact(
                first.id(),
                value,
                first.affiliation(),
                first.email(),
                Optional.of(value),
                handles,
                first.roles(),
                first.isRoleMailbox(),
                first.owner());
        return g.withCommunity(community)
                .withContacts(List.of(contact, g.contacts().get(1)));
    }
}
