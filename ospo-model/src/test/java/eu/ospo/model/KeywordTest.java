package eu.ospo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordTest {

    private static final List<Class<? extends Keyword>> TYPES = List.of(
            AgreementKind.class,
            AgreementStatus.class,
            CommitmentUnit.class,
            CommunityTimeScope.class,
            ContactRole.class,
            Criticality.class,
            IdentifierScheme.class,
            MaintenanceType.class,
            OrganisationRole.class,
            OrganisationType.class,
            Per.class,
            QuorumType.class,
            Renewal.class,
            ReportingPeriod.class,
            Responsibility.class,
            VotingRule.class);

    @Test
    void everySpellingIsUniqueAndRoundTrips() {
        for (Class<? extends Keyword> type : TYPES) {
            Set<String> seen = new HashSet<>();
            for (Keyword keyword : type.getEnumConstants()) {
                assertThat(seen.add(keyword.value())).as(keyword.value()).isTrue();
                assertThat(roundTrip(type, keyword.value())).isSameAs(keyword);
            }
        }
    }

    @Test
    void spellingsFollowTheProposal() {
        assertThat(CommunityTimeScope.PER_ORGANISATION.value()).isEqualTo("perOrganisation");
        assertThat(VotingRule.LAZY_CONSENSUS.value()).isEqualTo("lazyConsensus");
        assertThat(Responsibility.DEPENDENCY_UPDATES.value()).isEqualTo("dependencyUpdates");
        assertThat(OrganisationType.PUBLIC_AUTHORITY.value()).isEqualTo("publicAuthority");
        assertThat(IdentifierScheme.NL_OIN.value()).isEqualTo("nl-oin");
        assertThat(Keyword.fromValue(VotingRule.class, "LazyConsensus")).isEmpty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Keyword roundTrip(Class<? extends Keyword> type, String value) {
        return (Keyword) Keyword.fromValue((Class) type, value).orElseThrow();
    }
}
