package eu.ospo.model;

import static eu.ospo.model.ModelValidator.messages;
import static eu.ospo.model.ModelValidator.violations;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void theResearchExampleIsValid() {
        assertThat(violations(Example.governance())).isEmpty();
    }

    @Test
    void cascadesIntoNestedRecordsWithPaths() {
        Organisation bad = new Organisation(
                "Utrecht!",
                " ",
                "https://utrecht.example",
                "nl",
                OrganisationType.PUBLIC_AUTHORITY,
                List.of(new Identifier(IdentifierScheme.NL_OIN, "00000001002220647001")),
                List.of(),
                LocalDate.parse("2024-01-01"),
                Optional.of(LocalDate.parse("2023-12-31")),
                Optional.empty());
        Governance governance = new Governance(
                "0.1",
                Example.community(),
                List.of(bad),
                List.of(Example.meldingen()),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(Example.jvdberg()));
        assertThat(violations(governance))
                .containsExactly(
                        "organisations[0].country: CountryCode",
                        "organisations[0].id: Slug",
                        "organisations[0].identifiers[0].value: WellFormedIdentifier",
                        "organisations[0].left: EndNotBeforeStart",
                        "organisations[0].name: NotBlank",
                        "organisations[0].roles: NotEmpty");
    }

    @Test
    void urisNeedASchemeAndCountriesMustBeAssigned() {
        for (String uri : List.of("https://utrecht.example", "urn:x-italian-pa:c_h501", "mailto:a@b.example")) {
            assertThat(violations(Example.utrecht().withUri(uri))).as(uri).isEmpty();
        }
        for (String uri : List.of("not a uri", "utrecht.example", "1http://a", "https:", " https://a")) {
            assertThat(violations(Example.utrecht().withUri(uri))).as(uri).containsExactly("uri: AbsoluteUri");
        }
        assertThat(violations(Example.utrecht().withCountry("XK"))).isEmpty();
        for (String country : List.of("ZZ", "nl", "NLD", "")) {
            assertThat(violations(Example.utrecht().withCountry(country)))
                    .as(country)
                    .containsExactly("country: CountryCode");
        }
    }

    @Test
    void aVersion01ModelHasNoKeysOf02AndAProjectNoRulesetWithAWaiver() {
        Project m = Example.meldingen();
        Project withRuleset = withRules(m, Optional.of("strict"), Optional.empty());
        Governance v01 = Example.governance().withProjects(List.of(withRuleset));
        assertThat(v01.governanceYmlVersion()).isEqualTo("0.1");

        assertThat(violations(v01)).containsExactly("projects[0].ruleset: KeysOfDeclaredVersion");
        assertThat(violations(v01.withGovernanceYmlVersion("0.2"))).isEmpty();

        Project both = withRules(m, Optional.of("strict"), Optional.of("we use the community's own rules"));
        assertThat(violations(both)).containsExactly("rulesetWaiver: RulesetOrWaiver");
    }

    @Test
    void emptyTopLevelListsAreViolations() {
        Governance governance = new Governance(
                "",
                Example.community(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of());
        assertThat(violations(governance))
                .containsExactly(
                        "contacts: NotEmpty",
                        "governanceYmlVersion: NotBlank",
                        "governanceYmlVersion: Pattern",
                        "organisations: NotEmpty",
                        "projects: NotEmpty");
    }

    @Test
    void identifierViolationCarriesTheSchemeExplanation() {
        Identifier lei = new Identifier(IdentifierScheme.LEI, "5493001KJTIIGC8Y1R13");
        assertThat(violations(lei)).containsExactly("value: WellFormedIdentifier");
        assertThat(messages(lei)).containsExactly("the LEI check digits do not verify (ISO 7064 MOD 97-10)");
        assertThat(violations(new Identifier(IdentifierScheme.LEI, "5493001KJTIIGC8Y1R12")))
                .isEmpty();
    }

    @Test
    void commitmentNeedsPerExactlyForHours() {
        assertThat(violations(Commitment.ofHours(BigDecimal.TEN, Per.WEEK))).isEmpty();
        assertThat(violations(Commitment.ofFte(new BigDecimal("0.5")))).isEmpty();
        assertThat(violations(new Commitment(BigDecimal.TEN, CommitmentUnit.HOURS, Optional.empty())))
                .containsExactly("per: WellFormedCommitment");
        assertThat(violations(new Commitment(BigDecimal.ONE, CommitmentUnit.FTE, Optional.of(Per.MONTH))))
                .containsExactly("per: WellFormedCommitment");
        assertThat(violations(Commitment.ofFte(BigDecimal.ZERO))).containsExactly("amount: Positive");
    }

    @Test
    void agreementChecksEachRuleSeparately() {
        MaintainerAgreement base = Example.utrechtAgreement();
        MaintainerAgreement endless = with(base, Optional.empty(), Renewal.MANUAL, Optional.empty(), Optional.empty());
        assertThat(violations(endless)).containsExactly("commitment: WellFormedAgreement", "end: WellFormedAgreement");

        MaintainerAgreement automatic =
                with(base, Optional.empty(), Renewal.AUTOMATIC, Optional.empty(), base.commitment());
        assertThat(violations(automatic)).containsExactly("noticePeriodDays: WellFormedAgreement");
        assertThat(violations(with(base, Optional.empty(), Renewal.AUTOMATIC, Optional.of(30), base.commitment())))
                .isEmpty();

        MaintainerAgreement shortTerm = with(
                base, Optional.of(LocalDate.parse("2025-01-31")), Renewal.NONE, Optional.of(32), base.commitment());
        assertThat(violations(shortTerm)).containsExactly("noticePeriodDays: WellFormedAgreement");
        MaintainerAgreement exactTerm = with(
                base, Optional.of(LocalDate.parse("2025-01-31")), Renewal.NONE, Optional.of(31), base.commitment());
        assertThat(violations(exactTerm)).isEmpty();

        MaintainerAgreement backwards = with(
                base, Optional.of(LocalDate.parse("2024-12-31")), Renewal.NONE, Optional.empty(), base.commitment());
        assertThat(violations(backwards)).containsExactly("end: EndNotBeforeStart");
    }

    @Test
    void hostingNeedsNoCommitment() {
        MaintainerAgreement base = Example.utrechtAgreement();
        MaintainerAgreement hosting = new MaintainerAgreement(
                "host-1",
                AgreementKind.HOSTING,
                base.project(),
                base.provider(),
                Optional.empty(),
                "community",
                Optional.empty(),
                base.start(),
                base.end(),
                Renewal.NONE,
                Optional.empty(),
                List.of(Responsibility.HOSTING),
                Optional.empty(),
                List.of(),
                AgreementStatus.DRAFT,
                Optional.empty());
        assertThat(violations(hosting)).isEmpty();
    }

    @Test
    void quorumValueMustFitItsType() {
        assertThat(violations(new Quorum(QuorumType.FRACTION, new BigDecimal("1.0"))))
                .isEmpty();
        assertThat(violations(new Quorum(QuorumType.FRACTION, BigDecimal.ZERO)))
                .containsExactly("value: WellFormedQuorum");
        assertThat(violations(new Quorum(QuorumType.FRACTION, new BigDecimal("1.01"))))
                .containsExactly("value: WellFormedQuorum");
        assertThat(violations(new Quorum(QuorumType.COUNT, new BigDecimal("3.0"))))
                .isEmpty();
        assertThat(violations(new Quorum(QuorumType.COUNT, new BigDecimal("2.5"))))
                .containsExactly("value: WellFormedQuorum");
        assertThat(violations(new Quorum(QuorumType.COUNT, BigDecimal.ZERO)))
                .containsExactly("value: WellFormedQuorum");
    }

    @Test
    void containerElementsAndOptionalsAreChecked() {
        Contact contact = new Contact(
                "jvdberg",
                "Jan",
                "utrecht",
                Optional.of("not an address"),
                Optional.empty(),
                Map.of("gitlab", " "),
                List.of(ContactRole.MAINTAINER),
                false,
                Optional.empty());
        assertThat(violations(contact)).containsExactly("email: Email", "forgeHandles[gitlab].<map value>: NotBlank");
        CommunityTimePolicy policy = new CommunityTimePolicy(
                new BigDecimal("100.5"), CommunityTimeScope.PER_CODER, ReportingPeriod.QUARTER, List.of(""), List.of());
        assertThat(violations(policy)).containsExactly("appliesToRoles[0].<list element>: NotBlank", "percentage: Max");
        DecisionBody body = new DecisionBody(
                "board",
                "Board",
                "all",
                List.of(new Seat("x", Optional.empty())),
                0,
                new Quorum(QuorumType.COUNT, BigDecimal.ONE),
                VotingRule.CONSENSUS,
                Optional.of(0),
                Optional.empty());
        assertThat(violations(body))
                .containsExactly(
                        "maxSeatsPerOrganisation: Positive",
                        "seats[0].organisation: Slug",
                        "votingPeriodDays: Positive");
    }

    @Test
    void messagesNeedNoExpressionLanguage() {
        assertThat(messages(Commitment.ofFte(BigDecimal.ZERO))).containsExactly("must be greater than 0");
    }

    private static MaintainerAgreement with(
            MaintainerAgreement a,
            Optional<LocalDate> end,
            Renewal renewal,
            Optional<Integer> notice,
            Optional<Commitment> commitment) {
        return a.withEnd(end).withRenewal(renewal).withNoticePeriodDays(notice).withCommitment(commitment);
    }

    /** The project with this ruleset and waiver, everything else as it is. */
    private static Project withRules(Project m, Optional<String> ruleset, Optional<String> waiver) {
        return new Project(
                m.id(),
                m.name(),
                m.repository(),
                m.publiccode(),
                m.maintenanceType(),
                m.criticality(),
                m.steward(),
                ruleset,
                waiver);
    }
}
