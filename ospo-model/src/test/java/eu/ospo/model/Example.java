package eu.ospo.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The example governance.yml of docs/governance-yml.md, as records. */
public final class Example {

    private Example() {}

    public static Organisation utrecht() {
        return new Organisation(
                "utrecht",
                "Gemeente Utrecht",
                "https://identifier.overheid.nl/tooi/id/gemeente/gm0344",
                "NL",
                OrganisationType.PUBLIC_AUTHORITY,
                List.of(new Identifier(IdentifierScheme.NL_OIN, "00000001002220647000")),
                List.of(OrganisationRole.MEMBER, OrganisationRole.STEWARD, OrganisationRole.MAINTAINER),
                LocalDate.parse("2023-01-01"),
                Optional.empty(),
                Optional.empty());
    }

    public static Organisation roma() {
        return new Organisation(
                "roma",
                "Roma Capitale",
                "urn:x-italian-pa:c_h501",
                "IT",
                OrganisationType.PUBLIC_AUTHORITY,
                List.of(),
                List.of(OrganisationRole.MEMBER, OrganisationRole.USER, OrganisationRole.FUNDER),
                LocalDate.parse("2024-06-01"),
                Optional.empty(),
                Optional.empty());
    }

    public static Organisation acme() {
        return new Organisation(
                "acme",
                "ACME Software B.V.",
                "https://acme.example",
                "NL",
                OrganisationType.COMPANY,
                List.of(new Identifier(IdentifierScheme.ISO6523, "0106:12345678")),
                List.of(OrganisationRole.CONTRACTOR),
                LocalDate.parse("2024-01-01"),
                Optional.empty(),
                Optional.empty());
    }

    public static Project meldingen() {
        return new Project(
                "meldingen",
                "Meldingen",
                "https://git.example.org/meldingen/meldingen",
                Optional.of("https://git.example.org/meldingen/meldingen/-/raw/main/publiccode.yml"),
                Optional.of(MaintenanceType.COMMUNITY),
                Optional.of(Criticality.HIGH),
                Optional.of("utrecht"));
    }

    public static MaintainerAgreement utrechtAgreement() {
        return new MaintainerAgreement(
                "mnt-utrecht-2025",
                AgreementKind.MAINTENANCE,
                "meldingen",
                "utrecht",
                Optional.empty(),
                MaintainerAgreement.COMMUNITY,
                Optional.of(Commitment.ofFte(new BigDecimal("0.8"))),
                LocalDate.parse("2025-01-01"),
                Optional.of(LocalDate.parse("2026-12-31")),
                Renewal.MANUAL,
                Optional.of(90),
                List.of(
                        Responsibility.CODE_REVIEW,
                        Responsibility.SECURITY_RESPONSE,
                        Responsibility.RELEASE_MANAGEMENT),
                Optional.of(new ServiceLevels(Optional.of(7), Optional.of(2), Optional.of(2))),
                List.of("jvdberg"),
                AgreementStatus.SIGNED,
                Optional.empty());
    }

    public static MaintainerAgreement romaAgreement() {
        return new MaintainerAgreement(
                "mnt-roma-2025",
                AgreementKind.MAINTENANCE,
                "meldingen",
                "roma",
                Optional.of("acme"),
                MaintainerAgreement.COMMUNITY,
                Optional.of(Commitment.ofHours(new BigDecimal("40"), Per.MONTH)),
                LocalDate.parse("2025-04-01"),
                Optional.of(LocalDate.parse("2026-03-31")),
                Renewal.NONE,
                Optional.of(60),
                List.of(Responsibility.TRIAGE, Responsibility.DOCUMENTATION),
                Optional.empty(),
                List.of("mrossi"),
                AgreementStatus.SIGNED,
                Optional.empty());
    }

    public static CommunityTimePolicy communityTime() {
        return new CommunityTimePolicy(
                BigDecimal.TEN,
                CommunityTimeScope.PER_ORGANISATION,
                ReportingPeriod.QUARTER,
                List.of("developer"),
                List.of(new CommunityTimeReport(
                        "utrecht",
                        CalendarPeriod.parse("2025-Q1").orElseThrow(),
                        new BigDecimal("4160"),
                        new BigDecimal("430"),
                        Optional.of(8),
                        Optional.empty(),
                        Optional.empty())));
    }

    public static DecisionBody steeringCommittee() {
        return new DecisionBody(
                "steeringCommittee",
                "Stuurgroep",
                "roadmap, budget, membership",
                List.of(new Seat("utrecht", Optional.of("jvdberg")), new Seat("roma", Optional.of("mrossi"))),
                1,
                new Quorum(QuorumType.FRACTION, new BigDecimal("0.5")),
                VotingRule.SIMPLE_MAJORITY,
                Optional.of(7),
                Optional.of(24));
    }

    public static Contact jvdberg() {
        return new Contact(
                "jvdberg",
                "Jan van den Berg",
                "utrecht",
                Optional.of("j.vandenberg@utrecht.example"),
                Optional.empty(),
                Map.of("gitlab", "jvdberg"),
                List.of(ContactRole.MAINTAINER, ContactRole.SECURITY_CONTACT, ContactRole.REPRESENTATIVE),
                false,
                Optional.empty());
    }

    public static Contact mrossi() {
        return new Contact(
                "mrossi",
                "Maria Rossi",
                "roma",
                Optional.empty(),
                Optional.empty(),
                Map.of("gitlab", "mrossi"),
                List.of(ContactRole.MAINTAINER, ContactRole.REPRESENTATIVE),
                false,
                Optional.empty());
    }

    public static Community community() {
        return new Community(
                "Gemeenschap Meldingen",
                "https://example.org/communities/meldingen",
                Optional.empty(),
                Optional.of("./GOVERNANCE.md"),
                LocalDate.parse("2025-03-01"),
                List.of(new Exemption(
                        "DIV-ELEPHANT",
                        "Community founded in 2025, second member joins Q3",
                        Optional.of(LocalDate.parse("2025-12-31")))));
    }

    public static Governance governance() {
        return new Governance(
                "0.1",
                community(),
                List.of(utrecht(), roma(), acme()),
                List.of(meldingen()),
                List.of(utrechtAgreement(), romaAgreement()),
                Optional.of(communityTime()),
                Optional.of(new DecisionMaking(List.of(steeringCommittee()), Optional.of(VotingRule.TWO_THIRDS))),
                List.of(jvdberg(), mrossi()));
    }
}
