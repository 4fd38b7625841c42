package eu.ospo.governance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.AgreementStatus;
import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.CommitmentUnit;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.Governance;
import eu.ospo.model.IdentifierScheme;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Per;
import eu.ospo.model.QuorumType;
import eu.ospo.model.Renewal;
import eu.ospo.model.ReportingPeriod;
import eu.ospo.model.VotingRule;
import eu.ospo.problem.Location;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class WorkedExampleTest {

    @ParameterizedTest
    @FieldSource("eu.ospo.governance.Fixtures#VALID")
    void validFixturesParseWithoutProblems(String name) {
        GovernanceResult result = Fixtures.parse(name);

        assertThat(result.problems()).isEmpty();
        assertThat(result.governance()).isPresent();
    }

    @Test
    void theWorkedExampleReadsIntoTheModel() {
        Governance g = Fixtures.parse("worked-example.yml").governance().orElseThrow();

        assertThat(g.governanceYmlVersion()).isEqualTo("0.1");
        assertThat(g.community().name()).isEqualTo("Gemeenschap Meldingen");
        assertThat(g.community().lastReviewed()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(g.community().exemptions()).singleElement().satisfies(e -> {
            assertThat(e.rule()).isEqualTo("DIV-ELEPHANT");
            assertThat(e.until()).contains(LocalDate.of(2025, 12, 31));
        });
        assertThat(g.organisations()).extracting(o -> o.id()).containsExactly("utrecht", "roma", "acme");
        assertThat(g.organisation("utrecht").orElseThrow().identifier(IdentifierScheme.NL_OIN))
                .hasValueSatisfying(i -> assertThat(i.value()).isEqualTo("00000001002220647000"));
        assertThat(g.project("meldingen").orElseThrow().steward()).contains("utrecht");

        MaintainerAgreement utrecht = g.agreements().get(0);
        assertThat(utrecht.commitment().orElseThrow().amount()).isEqualTo(new BigDecimal("0.8"));
        assertThat(utrecht.commitment().orElseThrow().unit()).isEqualTo(CommitmentUnit.FTE);
        assertThat(utrecht.renewal()).isEqualTo(Renewal.MANUAL);
        assertThat(utrecht.serviceLevels().orElseThrow().reviewDays()).contains(2);
        assertThat(utrecht.status()).isEqualTo(AgreementStatus.SIGNED);

        MaintainerAgreement roma = g.agreements().get(1);
        assertThat(roma.contractor()).contains("acme");
        assertThat(roma.commitment().orElseThrow().per()).contains(Per.MONTH);
        assertThat(roma.end()).contains(LocalDate.of(2026, 3, 31));
        assertThat(roma.noticeDeadline()).contains(LocalDate.of(2026, 1, 30));

        var policy = g.communityTime().orElseThrow();
        assertThat(policy.percentage()).isEqualTo(new BigDecimal("10"));
        assertThat(policy.scope()).isEqualTo(CommunityTimeScope.PER_ORGANISATION);
        assertThat(policy.reports().get(0).period())
                .isEqualTo(CalendarPeriod.parse("2025-Q1").orElseThrow());

        var body = g.decisionMaking().orElseThrow().bodies().get(0);
        assertThat(body.id()).isEqualTo("steeringCommittee");
        assertThat(body.quorum().type()).isEqualTo(QuorumType.FRACTION);
        assertThat(body.votingRule()).isEqualTo(VotingRule.SIMPLE_MAJORITY);
        assertThat(g.decisionMaking().orElseThrow().governanceChange()).contains(VotingRule.TWO_THIRDS);

        assertThat(g.contact("jvdberg").orElseThrow().handleOn("gitlab")).contains("jvdberg");
    }

    @Test
    void defaultsTheFileLeavesOutAreFilledIn() {
        Governance g = Fixtures.parse("worked-example.yml").governance().orElseThrow();

        MaintainerAgreement roma = g.agreements().get(1);
        assertThat(roma.beneficiary()).isEqualTo(MaintainerAgreement.COMMUNITY);
        assertThat(roma.renewal()).isEqualTo(Renewal.NONE);

        Governance minimal = Fixtures.parse("minimal.yml").governance().orElseThrow();
        assertThat(minimal.agreements()).isEmpty();
        assertThat(minimal.communityTime()).isEmpty();
        assertThat(minimal.decisionMaking()).isEmpty();
        assertThat(minimal.contacts().get(0).isRoleMailbox()).isFalse();
    }

    @Test
    void defaultPeriodAndSeatLimitAreFilledIn() {
        String text = Fixtures.text("worked-example.yml")
                .replace("  period: quarter\n", "")
                .replace("      maxSeatsPerOrganisation: 1\n", "");
        Governance g = Fixtures.PARSER.parse(text).governance().orElseThrow();

        assertThat(g.communityTime().orElseThrow().period()).isEqualTo(ReportingPeriod.QUARTER);
        assertThat(g.decisionMaking().orElseThrow().bodies().get(0).maxSeatsPerOrganisation())
                .isEqualTo(1);
        assertThat(text).doesNotContain("maxSeatsPerOrganisation").doesNotContain("period: quarter");
    }

    @Test
    void theSourceMapLocatesEveryKeyRead() {
        GovernanceResult result = Fixtures.parse("worked-example.yml");

        Location end = result.sourceMap().locate("agreements[1].end");
        assertThat(end.file()).isEqualTo("governance.yml");
        assertThat(end.line()).isEqualTo(67);
        assertThat(end.column()).isEqualTo(5);
        assertThat(result.sourceMap().locate("contacts[1].forgeHandles.gitlab").line())
                .isEqualTo(96);
    }
}
