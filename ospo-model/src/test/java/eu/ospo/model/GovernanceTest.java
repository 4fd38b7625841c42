package eu.ospo.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GovernanceTest {

    @Test
    void looksUpByIdAndProject() {
        Governance governance = Example.governance();
        assertThat(governance.organisation("roma")).contains(Example.roma());
        assertThat(governance.organisation("milano")).isEmpty();
        assertThat(governance.project("meldingen")).contains(Example.meldingen());
        assertThat(governance.contact("mrossi")).contains(Example.mrossi());
        assertThat(governance.agreementsOn("meldingen")).hasSize(2);
        assertThat(governance.agreementsOn("other")).isEmpty();
    }

    @Test
    void anOrganisationsOverrideReplacesTheCommunityPolicy() {
        Governance governance = Example.governance();
        assertThat(governance.communityTimePolicyFor("utrecht")).contains(Example.communityTime());
        CommunityTimePolicy own = new CommunityTimePolicy(
                new BigDecimal("20"), CommunityTimeScope.PER_CODER, ReportingPeriod.YEAR, List.of(), List.of());
        Organisation roma = Example.roma();
        Organisation romaWithOwn = new Organisation(
                roma.id(),
                roma.name(),
                roma.uri(),
                roma.country(),
                roma.type(),
                roma.identifiers(),
                roma.roles(),
                roma.joined(),
                roma.left(),
                Optional.of(own));
        Governance changed = new Governance(
                "0.1",
                governance.community(),
                List.of(Example.utrecht(), romaWithOwn),
                governance.projects(),
                governance.agreements(),
                governance.communityTime(),
                governance.decisionMaking(),
                governance.contacts());
        assertThat(changed.communityTimePolicyFor("roma")).contains(own);
        assertThat(changed.communityTimePolicyFor("utrecht")).contains(Example.communityTime());
    }

    @Test
    void membershipAndExemptions() {
        Organisation utrecht = Example.utrecht();
        assertThat(utrecht.isMemberOn(LocalDate.parse("2022-12-31"))).isFalse();
        assertThat(utrecht.isMemberOn(LocalDate.parse("2023-01-01"))).isTrue();
        assertThat(utrecht.hasRole(OrganisationRole.STEWARD)).isTrue();
        assertThat(utrecht.identifier(IdentifierScheme.NL_OIN)).isPresent();
        Community community = Example.community();
        assertThat(community.exemptionFor("DIV-ELEPHANT", LocalDate.parse("2025-12-31")))
                .isPresent();
        assertThat(community.exemptionFor("DIV-ELEPHANT", LocalDate.parse("2026-01-01")))
                .isEmpty();
        assertThat(community.exemptionFor("META-STALE", LocalDate.parse("2025-05-01")))
                .isEmpty();
    }

    @Test
    void collectionsAreCopiedAndNullsRejected() {
        List<Project> projects = new ArrayList<>(List.of(Example.meldingen()));
        Governance governance = new Governance(
                "0.1",
                Example.community(),
                List.of(Example.utrecht()),
                projects,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(Example.jvdberg()));
        projects.clear();
        assertThat(governance.projects()).hasSize(1);
        assertThatThrownBy(() -> governance.projects().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Seat(null, Optional.empty())).isInstanceOf(NullPointerException.class);
        assertThat(Example.jvdberg().handleOn("gitlab")).contains("jvdberg");
        assertThat(Example.jvdberg().handleOn("github")).isEmpty();
    }

    @Test
    void decisionBodySeatsAndQuorum() {
        DecisionBody body = Example.steeringCommittee();
        assertThat(body.organisationsOverSeatLimit()).isEmpty();
        assertThat(body.hasSatisfiableQuorum()).isTrue();
        assertThat(body.quorum().requiredSeats(2)).isEqualByComparingTo("1");
        assertThat(body.quorum().isMetBy(1, 2)).isTrue();
        assertThat(body.quorum().isMetBy(0, 2)).isFalse();
        Quorum twoThirds = new Quorum(QuorumType.FRACTION, new BigDecimal("0.6667"));
        assertThat(twoThirds.requiredSeats(3)).isEqualByComparingTo("3");
        Quorum five = new Quorum(QuorumType.COUNT, new BigDecimal("5"));
        assertThat(five.isSatisfiable(4)).isFalse();
        assertThat(five.isSatisfiable(5)).isTrue();
        DecisionBody crowded = new DecisionBody(
                "b",
                "B",
                "p",
                List.of(
                        new Seat("aa", Optional.empty()),
                        new Seat("bb", Optional.empty()),
                        new Seat("aa", Optional.empty())),
                1,
                five,
                VotingRule.UNANIMITY,
                Optional.empty(),
                Optional.empty());
        assertThat(crowded.seatsByOrganisation()).containsEntry("aa", 2).containsEntry("bb", 1);
        assertThat(crowded.organisationsOverSeatLimit()).containsExactly("aa");
        assertThat(crowded.hasSatisfiableQuorum()).isFalse();
    }
}
