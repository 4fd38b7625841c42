package eu.ospo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each wither replaces exactly its own component. */
class WithersTest {

    private final Governance g = Example.governance();

    @Test
    void governanceWithersReplaceOneComponent() {
        Governance none = new Governance(
                g.governanceYmlVersion(),
                g.community(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of());
        assertThat(none.withOrganisations(g.organisations()).organisations()).isEqualTo(g.organisations());
        assertThat(none.withProjects(g.projects()).projects()).isEqualTo(g.projects());
        assertThat(none.withAgreements(g.agreements()).agreements()).isEqualTo(g.agreements());
        assertThat(none.withContacts(g.contacts()).contacts()).isEqualTo(g.contacts());
        assertThat(none.withCommunityTime(g.communityTime()).communityTime()).isEqualTo(g.communityTime());
        assertThat(none.withDecisionMaking(g.decisionMaking()).decisionMaking()).isEqualTo(g.decisionMaking());

        Governance rebuilt = none.withOrganisations(g.organisations())
                .withProjects(g.projects())
                .withAgreements(g.agreements())
                .withContacts(g.contacts())
                .withCommunityTime(g.communityTime())
                .withDecisionMaking(g.decisionMaking());
        assertThat(rebuilt).isEqualTo(g);
        assertThat(g.withAgreements(List.of())).isNotEqualTo(g).isEqualTo(g.withAgreements(List.of()));
    }

    @Test
    void communityWithExemptionsKeepsTheRest() {
        Community c = g.community();
        Community cleared = c.withExemptions(List.of());
        assertThat(cleared.exemptions()).isEmpty();
        assertThat(cleared.withExemptions(c.exemptions())).isEqualTo(c);
        assertThat(g.withCommunity(cleared).community()).isEqualTo(cleared);
        assertThat(g.withCommunity(cleared).organisations()).isEqualTo(g.organisations());
    }
}
