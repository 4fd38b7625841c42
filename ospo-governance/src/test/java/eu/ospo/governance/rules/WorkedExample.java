package eu.ospo.governance.rules;

import eu.ospo.model.AgreementKind;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.Commitment;
import eu.ospo.model.Community;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.Contact;
import eu.ospo.model.ContactRole;
import eu.ospo.model.Criticality;
import eu.ospo.model.DecisionBody;
import eu.ospo.model.DecisionMaking;
import eu.ospo.model.Exemption;
import eu.ospo.model.Governance;
import eu.ospo.model.Identifier;
import eu.ospo.model.IdentifierScheme;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.MaintenanceType;
import eu.ospo.model.Organisation;
import eu.ospo.model.OrganisationRole;
import eu.ospo.model.OrganisationType;
import eu.ospo.model.Per;
import eu.ospo.model.Project;
import eu.ospo.model.Quorum;
import eu.ospo.model.QuorumType;
import eu.ospo.model.Renewal;
import eu.ospo.model.ReportingPeriod;
import eu.ospo.model.Responsibility;
import eu.ospo.model.Seat;
import eu.ospo.model.ServiceLevels;
import eu.ospo.model.VotingRule;
import eu.ospo.publiccode.model.PublicCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The worked example of docs/governance-yml.md: the community "Gemeenschap Meldingen" of
 * Utrecht and Roma (with ACME as Roma's contractor) sharing the project meldingen, as records, and
 * the matching publiccode.yml fragment for {@code maintenanceType: community}.
 */
final class WorkedExample {

    /** The evaluation date of the worked example. */
    static final LocalDate DATE = LocalDate.parse("2025-05-01");

    private WorkedExample() {}

    static Organisation utrecht() {
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

    static Organisation roma() {
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

    static Organisation acme() {
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

    static Project meldingen() {
        return new Project(
                "meldingen",
                "Meldingen",
                "https://git.example.org/meldingen/meldingen",
                Optional.of("https://git.example.org/meldingen/meldingen/-/raw/main/publiccode.yml"),
                Optional.of(MaintenanceType.COMMUNITY),
                Optional.of(Criticality.HIGH),
                Optional.of("utrecht"));
    }

    static MaintainerAgreement utrechtAgreement() {
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

    static MaintainerAgreement romaAgreement() {
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

    static CommunityTimePolicy communityTime() {
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

    static DecisionBody steeringCommittee() {
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

    static Contact jvdberg() {
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

    static Contact mrossi() {
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

    static Exemption elephantExemption() {
        return new Exemption(
                "DIV-ELEPHANT",
                "Community founded in 2025, second member joins Q3",
                Optional.of(LocalDate.parse("2025-12-31")));
    }

    static Community community() {
        return new Community(
                "Gemeenschap Meldingen",
                "https://example.org/communities/meldingen",
                Optional.empty(),
                Optional.of("./GOVERNANCE.md"),
                LocalDate.parse("2025-03-01"),
                List.of(elephantExemption()));
    }

    /**
     * The whole governance.yml of the worked example.
     *
     * @return the model
     */
    static Governance governance() {
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

    /**
     * The matching publiccode.yml for community maintenance: {@code maintenance: {type: community,
     * contacts: [{name: Jan van den Berg, affiliation: Gemeente Utrecht}, {name: Maria Rossi,
     * affiliation: Roma Capitale}]}}.
     *
     * @return the model
     */
    static PublicCode publicCode() {
        return PublicCodes.builder()
                .url("https://git.example.org/meldingen/meldingen")
                .type(eu.ospo.model.MaintenanceType.COMMUNITY)
                .contact("Jan van den Berg", "Gemeente Utrecht")
                .contact("Maria Rossi", "Roma Capitale")
                .build();
    }

    /**
     * The context of the worked example on a date.
     *
     * @param date the evaluation date
     * @return the context
     */
    static RuleContext context(LocalDate date) {
        return RuleContext.of(governance(), Optional.of(publicCode()), date);
    }
}
