package eu.ospo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each wither replaces exactly its own component; the factories fill in governance.yml's defaults. */
class WithersTest {

    private final Governance g = Example.governance();

    @Test
    void governanceWithers() {
        Governance other = new Governance(
                "0.2",
                otherCommunity(),
                List.of(Example.roma()),
                List.of(new Project(
                        "other",
                        "Other",
                        "https://git.example.org/other",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(Example.mrossi()));
        WitherContract.check(g, other);
        assertThat(g.withAgreements(List.of())).isNotEqualTo(g).isEqualTo(g.withAgreements(List.of()));
    }

    @Test
    void communityWithers() {
        WitherContract.check(Example.community(), otherCommunity());
        Community cleared = g.community().withExemptions(List.of());
        assertThat(cleared.exemptions()).isEmpty();
        assertThat(g.withCommunity(cleared).organisations()).isEqualTo(g.organisations());
    }

    @Test
    void organisationWithers() {
        WitherContract.check(
                Example.utrecht(),
                Example.roma()
                        .withType(OrganisationType.COMPANY)
                        .withLeft(Optional.of(LocalDate.parse("2030-01-01")))
                        .withCommunityTime(Optional.of(Example.communityTime())));
    }

    @Test
    void agreementWithers() {
        MaintainerAgreement other = Example.romaAgreement()
                .withKind(AgreementKind.DEVELOPMENT)
                .withBeneficiary("utrecht")
                .withServiceLevels(Optional.of(new ServiceLevels(Optional.of(1), Optional.empty(), Optional.empty())))
                .withStatus(AgreementStatus.DRAFT)
                .withDocument(Optional.of("https://example.org/agreement.pdf"));
        WitherContract.check(Example.utrechtAgreement(), other);
    }

    @Test
    void contactAndDecisionBodyWithers() {
        WitherContract.check(
                Example.jvdberg(),
                Example.mrossi()
                        .withPhone(Optional.of("+39 06 0606"))
                        .withIsRoleMailbox(true)
                        .withOwner(Optional.of("jvdberg")));
        DecisionBody other = new DecisionBody(
                "board",
                "Board",
                "budget",
                List.of(new Seat("roma", Optional.empty())),
                2,
                new Quorum(QuorumType.COUNT, new BigDecimal("2")),
                VotingRule.CONSENSUS,
                Optional.empty(),
                Optional.empty());
        WitherContract.check(Example.steeringCommittee(), other);
    }

    @Test
    void organisationFactoryHasTheRequiredKeysOnly() {
        Organisation utrecht = Example.utrecht();
        Organisation built = Organisation.of(
                "utrecht",
                "Gemeente Utrecht",
                "https://identifier.overheid.nl/tooi/id/gemeente/gm0344",
                "NL",
                OrganisationType.PUBLIC_AUTHORITY,
                utrecht.roles(),
                LocalDate.parse("2023-01-01"));
        assertThat(built.identifiers()).isEmpty();
        assertThat(built.left()).isEmpty();
        assertThat(built.communityTime()).isEmpty();
        assertThat(built.withIdentifiers(utrecht.identifiers())).isEqualTo(utrecht);
        assertThat(ModelValidator.violations(built)).isEmpty();
    }

    @Test
    void agreementFactoryFillsInTheDefaults() {
        MaintainerAgreement roma = Example.romaAgreement();
        MaintainerAgreement built = MaintainerAgreement.of(
                "mnt-roma-2025",
                AgreementKind.MAINTENANCE,
                "meldingen",
                "roma",
                AgreementStatus.SIGNED,
                LocalDate.parse("2025-04-01"));
        assertThat(built.beneficiary()).isEqualTo(MaintainerAgreement.COMMUNITY);
        assertThat(built.renewal()).isEqualTo(Renewal.NONE);
        assertThat(ModelValidator.violations(built)).isNotEmpty(); // a maintenance agreement needs more
        MaintainerAgreement completed = built.withContractor(roma.contractor())
                .withCommitment(roma.commitment())
                .withEnd(roma.end())
                .withNoticePeriodDays(roma.noticePeriodDays())
                .withResponsibilities(roma.responsibilities())
                .withMaintainers(roma.maintainers());
        assertThat(completed).isEqualTo(roma);
        assertThat(ModelValidator.violations(completed)).isEmpty();
    }

    private static Community otherCommunity() {
        return new Community(
                "Other",
                "https://example.org/communities/other",
                Optional.of("another community"),
                Optional.empty(),
                LocalDate.parse("2026-01-01"),
                List.of());
    }
}
