package eu.ospo.governance.rules;

import static eu.ospo.governance.rules.Communities.agreement;
import static eu.ospo.governance.rules.Communities.body;
import static eu.ospo.governance.rules.Communities.contact;
import static eu.ospo.governance.rules.Communities.date;
import static eu.ospo.governance.rules.Communities.fraction;
import static eu.ospo.governance.rules.Communities.governance;
import static eu.ospo.governance.rules.Communities.organisation;
import static eu.ospo.governance.rules.Communities.project;
import static eu.ospo.governance.rules.Communities.seat;
import static eu.ospo.governance.rules.RuleRunner.only;
import static eu.ospo.governance.rules.RuleRunner.run;
import static eu.ospo.governance.rules.RuleRunner.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.AgreementStatus;
import eu.ospo.model.ContactRole;
import eu.ospo.model.Governance;
import eu.ospo.model.Identifier;
import eu.ospo.model.IdentifierScheme;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ORG-*: organisations, identifiers, references and membership. */
class OrganisationRulesTest {

    @Test
    void wellFormedOrganisationsAndResolvingReferencesPass() {
        List<Outcome> outcomes = run("ORG-IDENTIFIERS", WorkedExample.governance(), "2025-05-01");
        assertThat(statuses(outcomes)).containsOnly(Status.PASS).hasSize(4);
        assertThat(outcomes)
                .extracting(o -> o.evidence().get("organisation"))
                .containsExactly("acme", "roma", "utrecht", null);
        assertThat(outcomes.get(3).evidence()).containsEntry("references", 15);
    }

    @Test
    void duplicateIdsFailForEachCopy() {
        Governance governance = governance()
                .organisations(organisation("a"), organisation("b"), organisation("a"))
                .projects(project("p"))
                .build();
        List<Outcome> outcomes = run("ORG-IDENTIFIERS", governance, "2025-05-01");
        assertThat(statuses(outcomes)).containsExactly(Status.FAIL, Status.FAIL, Status.PASS, Status.PASS);
        assertThat(outcomes.get(0).message()).contains("id a is used by 2 organisations");
        assertThat(outcomes.subList(0, 2))
                .extracting(o -> o.locations().get(0).key())
                .containsExactly("organisations[0].id", "organisations[2].id");
    }

    @ParameterizedTest
    @CsvSource({"NL, PASS", "IT, PASS", "XX, FAIL", "nl, FAIL", "EU, FAIL"})
    void countriesAreIso3166Alpha2(String country, Status expected) {
        Governance governance = governance()
                .organisations(organisation("a", country))
                .projects(project("p"))
                .build();
        assertThat(run("ORG-IDENTIFIERS", governance, "2025-05-01").get(0).status())
                .isEqualTo(expected);
    }

    @Test
    void malformedIdentifiersFailAtTheirValue() {
        Governance governance = governance()
                .organisations(organisation(
                        "a",
                        "NL",
                        new Identifier(IdentifierScheme.NL_KVK, "12345678"),
                        new Identifier(IdentifierScheme.LEI, "5493001KJTIIGC8Y1R13")))
                .projects(project("p"))
                .build();
        Outcome outcome = run("ORG-IDENTIFIERS", governance, "2025-05-01").get(0);
        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.message()).contains("identifier lei 5493001KJTIIGC8Y1R13");
        assertThat(outcome.locations())
                .extracting(l -> l.key())
                .containsExactly("organisations[0].identifiers[1].value");
    }

    @Test
    void danglingReferencesAreListedSortedWithTheirKeys() {
        Governance governance = governance()
                .organisations(organisation("a"))
                .projects(project("p"))
                .contacts(contact("c", "ghost", ContactRole.MAINTAINER))
                .agreements(agreement("x", "nowhere", "a")
                        .contractor("vendor")
                        .maintainers("c", "nobody")
                        .build())
                .bodies(body("board", 1, fraction("0.5"), seat("a"), seat("stranger")))
                .build();
        Outcome references = run("ORG-IDENTIFIERS", governance, "2025-05-01").get(1);
        assertThat(references.status()).isEqualTo(Status.FAIL);
        assertThat(references.evidence().get("unresolved"))
                .isEqualTo(List.of(
                        "a seat of board names unknown organisation stranger",
                        "agreement x names unknown contractor vendor",
                        "agreement x names unknown maintainer nobody",
                        "agreement x names unknown project nowhere",
                        "contact c names unknown affiliation ghost"));
        assertThat(references.locations())
                .extracting(l -> l.key())
                .containsExactly(
                        "decisionMaking.bodies[0].seats[1].organisation",
                        "agreements[0].contractor",
                        "agreements[0].maintainers[1]",
                        "agreements[0].project",
                        "contacts[0].affiliation");
        assertThat(references.message()).startsWith("5 of ");
    }

    private static Governance membership(String joined, Optional<String> left, Communities.AgreementBuilder agreement) {
        return governance()
                .organisations(organisation("a", date(joined), left.map(Communities::date)))
                .projects(project("p"))
                .agreements(agreement.build())
                .build();
    }

    @ParameterizedTest
    @CsvSource({
        "2025-01-01, '', 2025-01-01, 2025-12-31, PASS",
        "2025-01-02, '', 2025-01-01, 2025-12-31, FAIL",
        "2020-01-01, 2025-12-31, 2025-01-01, 2025-12-31, PASS",
        "2020-01-01, 2025-12-30, 2025-01-01, 2025-12-31, FAIL"
    })
    void agreementsLieWithinMembership(String joined, String left, String start, String end, Status expected) {
        Governance governance = membership(
                joined,
                left.isEmpty() ? Optional.empty() : Optional.of(left),
                agreement("x", "p", "a").term(start, end));
        Outcome outcome = only(run("ORG-MEMBERSHIP-INTERVAL", governance, "2025-05-01"));
        assertThat(outcome.status()).isEqualTo(expected);
    }

    @Test
    void anOpenEndedAgreementOfAnOrganisationThatLeftFails() {
        Governance governance = membership(
                "2020-01-01",
                Optional.of("2026-01-01"),
                agreement("x", "p", "a")
                        .openEnded("2025-01-01")
                        .renewal(eu.ospo.model.Renewal.AUTOMATIC)
                        .notice(30));
        Outcome outcome = only(run("ORG-MEMBERSHIP-INTERVAL", governance, "2025-05-01"));
        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.message()).contains("has no end");
    }

    @Test
    void terminatedAgreementsAreNotCheckedAndUnknownProvidersAreNotApplicable() {
        Governance governance = governance()
                .organisations(organisation("a", date("2026-01-01"), Optional.empty()))
                .projects(project("p"))
                .agreements(
                        agreement("x", "p", "a")
                                .status(AgreementStatus.TERMINATED)
                                .build(),
                        agreement("y", "p", "ghost").build())
                .build();
        List<Outcome> outcomes = run("ORG-MEMBERSHIP-INTERVAL", governance, "2025-05-01");
        assertThat(statuses(outcomes)).containsExactly(Status.NOT_APPLICABLE);
        assertThat(outcomes.get(0).message()).contains("ghost");
    }
}
