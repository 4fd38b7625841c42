package eu.ospo.governance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Positioned problems: each test changes one thing in a valid document and expects exactly the
 * problems it causes, as {@code code@key@line:column}; positions are computed from the text.
 */
class ProblemsTest {

    static final String BASE = """
            governanceYmlVersion: "0.1"
            community:
              name: Test community
              uri: https://example.org/c
              lastReviewed: 2025-01-01
            organisations:
              - id: utrecht
                name: Gemeente Utrecht
                uri: https://utrecht.example
                country: NL
                type: publicAuthority
                roles: [member]
                joined: 2023-01-01
              - id: acme
                name: ACME
                uri: https://acme.example
                country: NL
                type: company
                roles: [contractor]
                joined: 2024-01-01
            projects:
              - id: app
                name: App
                repository: https://git.example.org/app
            agreements:
              - id: mnt-1
                kind: maintenance
                project: app
                provider: utrecht
                commitment: {amount: 0.5, unit: fte}
                start: 2025-01-01
                end: 2025-12-31
                status: signed
            communityTime:
              percentage: 10
              scope: perOrganisation
            decisionMaking:
              bodies:
                - id: board
                  name: Board
                  purpose: everything
                  seats:
                    - organisation: utrecht
                      contact: jan
                  quorum: {type: fraction, value: 0.5}
                  votingRule: consensus
            contacts:
              - id: jan
                name: Jan
                affiliation: utrecht
                roles: [maintainer]
            """;

    /** BASE with one unique piece of text replaced. */
    static String with(String old, String replacement) {
        assertThat(BASE.indexOf(old)).as("occurs once: " + old).isNotNegative().isEqualTo(BASE.lastIndexOf(old));
        return BASE.replace(old, replacement);
    }

    /** The problems, compact; asserts that every one is positioned and that no model comes with an error. */
    static List<String> problems(String text) {
        GovernanceResult result = Fixtures.PARSER.parse(text);
        assertThat(result.problems())
                .allSatisfy(
                        p -> assertThat(p.hasPosition()).as("positioned: " + p).isTrue());
        assertThat(result.governance().isPresent()).isEqualTo(result.errors().isEmpty());
        return Fixtures.compact(result.problems());
    }

    /** {@code line:column} of the {@code n}-th (0-based) occurrence of a piece of text. */
    static String at(String text, String needle, int n) {
        int index = -1;
        for (int i = 0; i <= n; i++) {
            index = text.indexOf(needle, index + 1);
            assertThat(index).as("occurrence " + n + " of " + needle).isNotNegative();
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (index - lineStart + 1);
    }

    static String at(String text, String needle) {
        return at(text, needle, 0);
    }

    @Test
    void theBaseDocumentIsValid() {
        assertThat(problems(BASE)).isEmpty();
    }

    @Test
    void unknownKeysAreReportedWhereTheyStand() {
        String text = with("    roles: [member]\n", "    roles: [member]\n    nickname: Utreg\n")
                .replace("contacts:\n", "contact:\n  - x\ncontacts:\n");

        assertThat(problems(text))
                .containsExactly(
                        "field.unknown@organisations[0].nickname@" + at(text, "nickname"),
                        "field.unknown@contact@" + at(text, "contact:\n"));
    }

    @Test
    void unknownKeysInNestedMappingsCarryTheirPath() {
        String text = with("{amount: 0.5, unit: fte}", "{amount: 0.5, unit: fte, currency: EUR}");

        assertThat(problems(text))
                .containsExactly("field.unknown@agreements[0].commitment.currency@" + at(text, "currency"));
    }

    @Test
    void wrongTypesAreReportedAtTheValue() {
        String text = with("    roles: [member]\n", "    roles: member\n")
                .replace("    status: signed\n", "    status: signed\n    noticePeriodDays: \"30\"\n")
                .replace("amount: 0.5", "amount: lots")
                .replace("    roles: [maintainer]\n", "    roles: [maintainer]\n    isRoleMailbox: yes\n");

        assertThat(problems(text))
                .containsExactly(
                        "field.wrong-type@organisations[0].roles@" + at(text, "member\n"),
                        "field.wrong-type@agreements[0].commitment.amount@" + at(text, "lots"),
                        "field.wrong-type@agreements[0].noticePeriodDays@" + at(text, "\"30\""),
                        "field.wrong-type@contacts[0].isRoleMailbox@" + at(text, "yes"));
    }

    @Test
    void aListWhereAMappingBelongsIsAWrongType() {
        String text = with("communityTime:\n  percentage: 10\n  scope: perOrganisation\n", "communityTime: [10]\n");

        assertThat(problems(text)).containsExactly("field.wrong-type@communityTime@" + at(text, "[10]"));
    }

    @Test
    void aWholeNumberIsRequiredWhereDaysAreCounted() {
        String text = with("    status: signed\n", "    status: signed\n    noticePeriodDays: 7.5\n");

        assertThat(problems(text))
                .containsExactly("field.wrong-type@agreements[0].noticePeriodDays@" + at(text, "7.5"));
    }

    @Test
    void danglingReferencesAreReportedAtTheReferringKey() {
        String text = with("    provider: utrecht\n", "    provider: utrect\n    contractor: acme-bv\n")
                .replace("    project: app\n", "    project: ap\n")
                .replace("    status: signed\n", "    maintainers: [jan, piet]\n    status: signed\n")
                .replace(
                        "        - organisation: utrecht\n          contact: jan\n",
                        "        - organisation: roma\n          contact: jna\n")
                .replace("    affiliation: utrecht\n", "    affiliation: utrech\n");

        assertThat(problems(text))
                .containsExactly(
                        "reference.unknown@agreements[0].project@" + at(text, "project: ap"),
                        "reference.unknown@agreements[0].provider@" + at(text, "provider"),
                        "reference.unknown@agreements[0].contractor@" + at(text, "contractor: acme-bv"),
                        "reference.unknown@agreements[0].maintainers[1]@" + at(text, "piet"),
                        "reference.unknown@decisionMaking.bodies[0].seats[0].organisation@"
                                + at(text, "organisation: roma"),
                        "reference.unknown@decisionMaking.bodies[0].seats[0].contact@" + at(text, "contact: jna"),
                        "reference.unknown@contacts[0].affiliation@" + at(text, "affiliation"));
    }

    @Test
    void moreReferencesResolveAgainstTheirKind() {
        String text = with(
                        "    repository: https://git.example.org/app\n",
                        "    repository: https://git.example.org/app\n    steward: app\n")
                .replace("    status: signed\n", "    beneficiary: jan\n    status: signed\n")
                .replace(
                        "  scope: perOrganisation\n",
                        "  scope: perOrganisation\n  reports:\n"
                                + "    - {organisation: mnt-1, period: 2025-Q1, contractHours: 10, communityHours: 1}\n")
                .replace("    roles: [maintainer]\n", "    roles: [maintainer]\n    owner: nobody\n");

        assertThat(problems(text))
                .containsExactly(
                        "reference.unknown@projects[0].steward@" + at(text, "steward"),
                        "reference.unknown@agreements[0].beneficiary@" + at(text, "beneficiary"),
                        "reference.unknown@communityTime.reports[0].organisation@" + at(text, "organisation: mnt-1"),
                        "reference.unknown@contacts[0].owner@" + at(text, "owner"));
    }

    @Test
    void exemptionsForUnknownRulesAndTheCommunityBeneficiaryAreFine() {
        String text = with(
                        "  lastReviewed: 2025-01-01\n",
                        "  lastReviewed: 2025-01-01\n  exemptions:\n    - {rule: NO-SUCH-RULE, reason: testing}\n")
                .replace("    status: signed\n", "    beneficiary: community\n    status: signed\n");

        assertThat(problems(text)).isEmpty();
    }

    @Test
    void duplicateIdsAreReportedAtTheSecondId() {
        String text = with("  - id: acme\n", "  - id: utrecht\n")
                .replace("    contractor", "    contractor")
                .replace(
                        "contacts:\n",
                        "contacts:\n  - {id: jan, name: Jan B, affiliation: utrecht, roles: [reviewer]}\n");

        List<Problem> all = Fixtures.PARSER.parse(text).problems();
        assertThat(problems(text))
                .containsExactly(
                        "id.duplicate@organisations[1].id@" + at(text, "id: utrecht", 1),
                        "id.duplicate@contacts[1].id@" + at(text, "id: jan", 1));
        assertThat(all.get(0).arguments()).containsEntry("first", "organisations[0].id");
    }

    @Test
    void idsOfDifferentKindsMayCoincide() {
        String text =
                with("  - id: app\n", "  - id: utrecht\n").replace("    project: app\n", "    project: utrecht\n");

        assertThat(problems(text)).isEmpty();
    }

    @Test
    void anEndBeforeItsStartIsReportedAtTheEnd() {
        String text = with("    end: 2025-12-31\n", "    end: 2024-12-31\n")
                .replace("    joined: 2024-01-01\n", "    joined: 2024-01-01\n    left: 2023-12-31\n");

        assertThat(problems(text))
                .containsExactly(
                        "range.end-before-start@organisations[1].left@" + at(text, "left"),
                        "range.end-before-start@agreements[0].end@" + at(text, "end: 2024"));
    }

    @Test
    void percentagesOver100OrBelowZeroAreReported() {
        String text = with("  percentage: 10\n", "  percentage: 100.5\n")
                .replace(
                        "    joined: 2024-01-01\n",
                        "    joined: 2024-01-01\n    communityTime: {percentage: -1, scope: perTeam}\n");

        assertThat(problems(text))
                .containsExactly(
                        "value.percentage@organisations[1].communityTime.percentage@" + at(text, "percentage: -1"),
                        "value.percentage@communityTime.percentage@" + at(text, "percentage: 100.5"));
    }

    @Test
    void aPercentageOfExactly100Or0IsFine() {
        assertThat(problems(with("  percentage: 10\n", "  percentage: 100\n"))).isEmpty();
        assertThat(problems(with("  percentage: 10\n", "  percentage: 0.0\n"))).isEmpty();
    }

    @Test
    void identifiersFailingTheirSchemeCheckAreReportedAtTheirValue() {
        String text = with("    roles: [member]\n", """
                    identifiers:
                      - {scheme: nl-oin, value: "00000042002220647000"}
                      - {scheme: lei, value: 5493001KJTIIGC8Y1R13}
                      - {scheme: iso6523, value: "0106:1234"}
                      - {scheme: wikidata, value: Q0}
                      - {scheme: it-ipa, value: not_an_ipa_code}
                      - {scheme: nl-kvk, value: "12345678"}
                    roles: [member]
                """);

        List<String> problems = problems(text);
        assertThat(problems)
                .containsExactly(
                        "value.identifier@organisations[0].identifiers[0].value@" + at(text, "value: \"0000004"),
                        "value.identifier@organisations[0].identifiers[1].value@" + at(text, "value: 5493"),
                        "value.identifier@organisations[0].identifiers[2].value@" + at(text, "value: \"0106"),
                        "value.identifier@organisations[0].identifiers[3].value@" + at(text, "value: Q0"),
                        "value.ipa-code@organisations[0].identifiers[4].value@" + at(text, "value: not_an"));
        assertThat(Fixtures.PARSER.parse(text).problems().get(1).message()).contains("MOD 97-10");
    }

    @Test
    void anUnknownSchemeIsNotAllowed() {
        String text = with(
                "    roles: [member]\n", "    identifiers: [{scheme: duns, value: \"123\"}]\n    roles: [member]\n");

        assertThat(problems(text))
                .containsExactly("value.not-allowed@organisations[0].identifiers[0].scheme@" + at(text, "scheme"));
    }

    @Test
    void anItalianPaUriMustNameAKnownCode() {
        String text = with("    uri: https://acme.example\n", "    uri: urn:x-italian-pa:zz_not_there\n")
                .replace("    uri: https://utrecht.example\n", "    uri: not a uri\n");

        assertThat(problems(text))
                .containsExactly(
                        "value.uri@organisations[0].uri@" + at(text, "uri: not"),
                        "value.ipa-code@organisations[1].uri@" + at(text, "uri: urn"));
    }

    @Test
    void anUnsupportedVersionIsOneErrorAndNothingElse() {
        String text = with("\"0.1\"", "\"0.3\"").replace("    name: ACME\n", "    name: ACME\n    bogus: 1\n");

        assertThat(problems(text)).containsExactly("version.unsupported@governanceYmlVersion@1:1");
    }

    @Test
    void anUnquotedVersionIsAWrongTypeAndNothingElse() {
        String text = with("\"0.1\"", "0.1").replace("    name: ACME\n", "    name: ACME\n    bogus: 1\n");

        GovernanceResult result = Fixtures.PARSER.parse(text);
        assertThat(problems(text)).containsExactly("field.wrong-type@governanceYmlVersion@1:1");
        assertThat(result.problems().get(0).arguments()).containsEntry("found", "float");
    }

    @Test
    void aMissingVersionIsRequired() {
        String text = with("governanceYmlVersion: \"0.1\"\n", "");

        assertThat(problems(text)).containsExactly("field.required@governanceYmlVersion@1:1");
    }

    @Test
    void anEmptyDocumentOrANonMappingIsReported() {
        assertThat(problems("")).containsExactly("field.required@governanceYmlVersion@1:1");
        assertThat(problems("# only a comment\n")).containsExactly("field.required@governanceYmlVersion@1:1");
        assertThat(problems("- a\n- b\n")).containsExactly("document.not-mapping@@1:1");
    }

    @Test
    void missingRequiredKeysAreReportedAtTheirMapping() {
        String text = with("    name: ACME\n", "").replace("    status: signed\n", "");

        assertThat(problems(text))
                .containsExactly(
                        "field.required@organisations[1].name@" + at(text, "id: acme"),
                        "field.required@agreements[0].status@" + at(text, "id: mnt-1"));
    }

    @Test
    void aBlankRequiredValueIsMissingAndABlankOptionalOneIsBlank() {
        String text = with("    name: ACME\n", "    name: \"  \"\n")
                .replace("  lastReviewed:", "  description: \"\"\n  lastReviewed:");

        assertThat(problems(text))
                .containsExactly(
                        "value.blank@community.description@" + at(text, "description"),
                        "field.required@organisations[1].name@" + at(text, "name: \"  \""));
    }

    @Test
    void emptyRequiredListsAreReported() {
        String text = with("    roles: [contractor]\n", "    roles: []\n");

        assertThat(problems(text)).containsExactly("field.empty@organisations[1].roles@" + at(text, "roles: []"));
    }

    @Test
    void requiredTopLevelListsAreReportedWhenMissing() {
        String text = BASE.substring(0, BASE.indexOf("contacts:\n")).replace("\n          contact: jan", "");

        assertThat(problems(text)).containsExactly("field.required@contacts@1:1");
    }

    @Test
    void termsOutsideTheirVocabularyAreNotAllowed() {
        String text =
                with("    type: company\n", "    type: vendor\n").replace("roles: [member]", "roles: [member, boss]");

        GovernanceResult result = Fixtures.PARSER.parse(text);
        assertThat(problems(text))
                .containsExactly(
                        "value.not-allowed@organisations[0].roles[1]@" + at(text, "boss"),
                        "value.not-allowed@organisations[1].type@" + at(text, "type: vendor"));
        assertThat(result.problems().get(1).arguments().get("allowed")).contains("company", "academia");
    }

    @Test
    void countriesAreUpperCaseIso3166Codes() {
        String text = with(
                        "    country: NL\n    type: publicAuthority\n", "    country: nl\n    type: publicAuthority\n")
                .replace("    country: NL\n    type: company\n", "    country: XX\n    type: company\n");

        assertThat(problems(text))
                .containsExactly(
                        "value.country@organisations[0].country@" + at(text, "country: nl"),
                        "value.country@organisations[1].country@" + at(text, "country: XX"));
    }

    @Test
    void datesAreRealCalendarDates() {
        String text = with("    start: 2025-01-01\n", "    start: 2025-02-30\n");

        assertThat(problems(text)).containsExactly("value.date@agreements[0].start@" + at(text, "start"));
    }

    @Test
    void localIdsOfOrganisationsProjectsAndAgreementsAreSlugs() {
        String text = with("  - id: mnt-1\n", "  - id: Mnt_1\n");

        assertThat(problems(text)).containsExactly("value.slug@agreements[0].id@" + at(text, "id: Mnt_1"));
    }

    @Test
    void urlsAndEmailAddressesAreChecked() {
        String text = with("    repository: https://git.example.org/app\n", "    repository: git.example.org/app\n")
                .replace("    roles: [maintainer]\n", "    email: jan(at)example.org\n    roles: [maintainer]\n");

        assertThat(problems(text))
                .containsExactly(
                        "value.url@projects[0].repository@" + at(text, "repository"),
                        "value.email@contacts[0].email@" + at(text, "email"));
    }

    @Test
    void maintenanceAndDevelopmentAgreementsNeedACommitment() {
        String text = with("    commitment: {amount: 0.5, unit: fte}\n", "");

        assertThat(problems(text))
                .containsExactly("field.required-when@agreements[0].commitment@" + at(text, "id: mnt-1"));
        assertThat(problems(text.replace("kind: maintenance", "kind: hosting"))).isEmpty();
    }

    @Test
    void hoursNeedAPeriodAndFteMustNotHaveOne() {
        String hours = with("{amount: 0.5, unit: fte}", "{amount: 40, unit: hours}");
        String fte = with("{amount: 0.5, unit: fte}", "{amount: 0.5, unit: fte, per: month}");

        assertThat(problems(hours))
                .containsExactly("field.required-when@agreements[0].commitment.per@" + at(hours, "{amount"));
        assertThat(problems(fte))
                .containsExactly("field.excluded-unless@agreements[0].commitment.per@" + at(fte, "per"));
    }

    @Test
    void amountsArePositive() {
        String text = with("amount: 0.5", "amount: 0");

        assertThat(problems(text)).containsExactly("value.range@agreements[0].commitment.amount@" + at(text, "amount"));
    }

    @Test
    void anAgreementWithoutEndRenewsAutomaticallyWithANoticePeriod() {
        String noEnd = with("    end: 2025-12-31\n", "");
        String automatic = with("    end: 2025-12-31\n", "    renewal: automatic\n");
        String withNotice = with("    end: 2025-12-31\n", "    renewal: automatic\n    noticePeriodDays: 90\n");

        assertThat(problems(noEnd)).containsExactly("field.required-when@agreements[0].end@" + at(noEnd, "id: mnt-1"));
        assertThat(problems(automatic))
                .containsExactly("field.required-when@agreements[0].noticePeriodDays@" + at(automatic, "id: mnt-1"));
        assertThat(problems(withNotice)).isEmpty();
    }

    @Test
    void theNoticePeriodFitsInTheTerm() {
        String text = with("    end: 2025-12-31\n", "    end: 2025-01-10\n    noticePeriodDays: 11\n");

        assertThat(problems(text))
                .containsExactly("range.notice-period@agreements[0].noticePeriodDays@" + at(text, "noticePeriodDays"));
        assertThat(problems(text.replace("noticePeriodDays: 11", "noticePeriodDays: 10")))
                .isEmpty();
    }

    @Test
    void quorumsAreFractionsUpToOneOrWholeCounts() {
        String fraction = with("{type: fraction, value: 0.5}", "{type: fraction, value: 1.5}");
        String count = with("{type: fraction, value: 0.5}", "{type: count, value: 1.5}");

        assertThat(problems(fraction))
                .containsExactly("value.range@decisionMaking.bodies[0].quorum.value@" + at(fraction, "value: 1.5"));
        assertThat(problems(count))
                .containsExactly("value.range@decisionMaking.bodies[0].quorum.value@" + at(count, "value: 1.5"));
        assertThat(problems(with("{type: fraction, value: 0.5}", "{type: count, value: 2.0}")))
                .isEmpty();
    }

    @Test
    void countsOfSeatsAndDaysHaveLowerBounds() {
        String text = with(
                "      votingRule: consensus\n",
                "      votingRule: consensus\n      maxSeatsPerOrganisation: 0\n      termMonths: -3\n");

        assertThat(problems(text))
                .containsExactly(
                        "value.range@decisionMaking.bodies[0].maxSeatsPerOrganisation@"
                                + at(text, "maxSeatsPerOrganisation"),
                        "value.range@decisionMaking.bodies[0].termMonths@" + at(text, "termMonths"));
    }

    @Test
    void reportPeriodsNameAYearQuarterOrMonth() {
        String text = with(
                "  scope: perOrganisation\n",
                "  scope: perOrganisation\n  reports:\n"
                        + "    - {organisation: utrecht, period: 2025-Q5, contractHours: 10, communityHours: 1}\n"
                        + "    - {organisation: utrecht, period: 2025, contractHours: 10, communityHours: 1}\n");

        assertThat(problems(text))
                .containsExactly("value.period@communityTime.reports[0].period@" + at(text, "period: 2025-Q5"));
    }

    @Test
    void implausiblyLargeNumbersAreOutOfRange() {
        String text = with("amount: 0.5", "amount: 1e999999999");

        assertThat(problems(text)).containsExactly("value.range@agreements[0].commitment.amount@" + at(text, "amount"));
    }

    @Test
    void duplicateYamlKeysComeFromTheYamlLayer() {
        String text = with("    name: ACME\n", "    name: ACME\n    name: Acme\n");

        assertThat(problems(text)).containsExactly("yaml.duplicate-key@@" + at(text, "name: Acme"));
    }

    @Test
    void everyProblemOfABadFileIsPositionedAndCarriesItsPath() {
        String text = Fixtures.text("all-keys.yml")
                .replace("amount: 120", "amount: -120")
                .replace("country: DE", "country: de")
                .replace("reviewDays: 2", "reviewDays: two")
                .replace("owner: pdevries", "owner: nobody");

        GovernanceResult result = Fixtures.PARSER.parse(text);
        assertThat(result.governance()).isEmpty();
        assertThat(result.problems()).hasSize(4).allSatisfy(p -> {
            assertThat(p.hasPosition()).isTrue();
            assertThat(p.key()).isNotEmpty();
            assertThat(result.sourceMap().find(p.key())).isPresent();
        });
    }
}
