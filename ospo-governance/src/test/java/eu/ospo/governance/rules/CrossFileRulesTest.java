package eu.ospo.governance.rules;

import static eu.ospo.governance.rules.Communities.agreement;
import static eu.ospo.governance.rules.Communities.governance;
import static eu.ospo.governance.rules.Communities.organisation;
import static eu.ospo.governance.rules.Communities.project;
import static eu.ospo.governance.rules.RuleRunner.only;
import static eu.ospo.governance.rules.RuleRunner.run;
import static eu.ospo.governance.rules.RuleRunner.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.model.AgreementKind;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.Criticality;
import eu.ospo.model.Governance;
import eu.ospo.model.Identifier;
import eu.ospo.model.IdentifierScheme;
import eu.ospo.model.MaintenanceType;
import eu.ospo.publiccode.model.PublicCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** XF-*: governance.yml against publiccode.yml. */
class CrossFileRulesTest {

    private static Outcome evaluate(String rule, Governance governance, PublicCode publicCode, String date) {
        return only(run(rule, governance, Optional.of(publicCode), date));
    }

    private static Outcome evaluate(String rule, PublicCode publicCode, String date) {
        return evaluate(rule, WorkedExample.governance(), publicCode, date);
    }

    private static PublicCodes community() {
        return PublicCodes.builder().type(MaintenanceType.COMMUNITY).contact("Jan van den Berg", "Gemeente Utrecht");
    }

    @ParameterizedTest
    @CsvSource({
        "XF-PROJECT-LINKED",
        "XF-COMMUNITY-BACKED",
        "XF-CONTRACT-BACKED",
        "XF-INTERNAL-BACKED",
        "XF-NONE-CONTRADICTED",
        "XF-ORG-RESOLVES"
    })
    void withoutPubliccodeNothingApplies(String rule) {
        assertThat(statuses(run(rule, WorkedExample.governance(), "2025-05-01")))
                .containsExactly(Status.NOT_APPLICABLE);
    }

    @Nested
    class ProjectLinked {

        private final Governance two = governance()
                .organisations(organisation("a"))
                .projects(
                        project("alpha", MaintenanceType.COMMUNITY, Criticality.LOW),
                        project("beta", MaintenanceType.INTERNAL, Criticality.LOW))
                .build();

        @Test
        void matchesTheRepositoryIgnoringCaseSchemeAndDotGit() {
            Outcome outcome = evaluate(
                    "XF-PROJECT-LINKED",
                    two,
                    community()
                            .url("http://Git.Example.org/beta.git/")
                            .type(MaintenanceType.INTERNAL)
                            .build(),
                    "2025-05-01");
            assertThat(outcome.status()).isEqualTo(Status.PASS);
            assertThat(outcome.evidence()).containsEntry("project", "beta").containsEntry("matchedBy", "repository");
        }

        @Test
        void failsWhenNoneOfSeveralProjectsHasTheUrl() {
            Outcome outcome = evaluate(
                    "XF-PROJECT-LINKED",
                    two,
                    community().url("https://elsewhere.example/x").build(),
                    "2025-05-01");
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.locations()).extracting(l -> l.key()).contains("url");
            assertThat(statuses(run(
                            "XF-COMMUNITY-BACKED",
                            two,
                            Optional.of(community()
                                    .url("https://elsewhere.example/x")
                                    .build()),
                            "2025-05-01")))
                    .containsExactly(Status.NOT_APPLICABLE);
        }

        @Test
        void theOnlyProjectIsLinkedWhateverItsUrl() {
            Outcome outcome = evaluate(
                    "XF-PROJECT-LINKED",
                    community().url("https://elsewhere.example/x").build(),
                    "2025-05-01");
            assertThat(outcome.status()).isEqualTo(Status.PASS);
            assertThat(outcome.evidence()).containsEntry("matchedBy", "onlyProject");
        }

        @Test
        void failsWhenTheMaintenanceTypesDiffer() {
            Outcome outcome = evaluate(
                    "XF-PROJECT-LINKED",
                    two,
                    community()
                            .url("https://git.example.org/alpha")
                            .type(MaintenanceType.INTERNAL)
                            .build(),
                    "2025-05-01");
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.evidence())
                    .containsEntry("governanceMaintenanceType", "community")
                    .containsEntry("publiccodeMaintenanceType", "internal");
            assertThat(outcome.locations())
                    .extracting(l -> l.file() + ":" + l.key())
                    .containsExactly("governance.yml:projects[0].maintenanceType", "publiccode.yml:maintenance.type");
        }

        @Test
        void passesWhenTheProjectSetsNoType() {
            Governance untyped = governance()
                    .organisations(organisation("a"))
                    .projects(project("alpha"))
                    .build();
            assertThat(evaluate("XF-PROJECT-LINKED", untyped, community().build(), "2025-05-01")
                            .status())
                    .isEqualTo(Status.PASS);
        }
    }

    @Nested
    class CommunityBacked {

        private Governance with(Communities.AgreementBuilder... agreements) {
            return governance()
                    .organisations(organisation("a"), organisation("b"))
                    .projects(project("p", MaintenanceType.COMMUNITY, Criticality.LOW))
                    .agreements(java.util.Arrays.stream(agreements)
                            .map(Communities.AgreementBuilder::build)
                            .toArray(eu.ospo.model.MaintainerAgreement[]::new))
                    .build();
        }

        private Outcome evaluateOn(Governance governance, String date) {
            return evaluate("XF-COMMUNITY-BACKED", governance, community().build(), date);
        }

        @Test
        void twoProvidersPass() {
            Outcome outcome = evaluateOn(with(agreement("x", "p", "a"), agreement("y", "p", "b")), "2025-05-01");
            assertThat(outcome.status()).isEqualTo(Status.PASS);
            assertThat(outcome.evidence().get("organisations")).isEqualTo(List.of("a", "b"));
        }

        @Test
        void oneProviderWithTwoAgreementsCountsOnce() {
            Outcome outcome = evaluateOn(with(agreement("x", "p", "a"), agreement("y", "p", "a")), "2025-05-01");
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.evidence()).containsEntry("count", 1);
        }

        @Test
        void draftsDevelopmentAndInactiveAgreementsDoNotCount() {
            Governance governance = with(
                    agreement("x", "p", "a"),
                    agreement("draft", "p", "b").status(AgreementStatus.DRAFT),
                    agreement("dev", "p", "b").kind(AgreementKind.DEVELOPMENT),
                    agreement("later", "p", "b").term("2026-01-01", "2026-12-31"));
            assertThat(evaluateOn(governance, "2025-05-01").status()).isEqualTo(Status.FAIL);
            assertThat(evaluateOn(governance, "2026-01-01").status()).isEqualTo(Status.FAIL); // x ended
        }

        @Test
        void agreementsCountOnTheirFirstAndLastDay() {
            Governance governance =
                    with(agreement("x", "p", "a"), agreement("y", "p", "b").term("2025-03-01", "2025-06-30"));
            assertThat(evaluateOn(governance, "2025-02-28").status()).isEqualTo(Status.FAIL);
            assertThat(evaluateOn(governance, "2025-03-01").status()).isEqualTo(Status.PASS);
            assertThat(evaluateOn(governance, "2025-06-30").status()).isEqualTo(Status.PASS);
            assertThat(evaluateOn(governance, "2025-07-01").status()).isEqualTo(Status.FAIL);
        }

        @Test
        void theMinimumIsAParameter() {
            Outcome outcome = only(run(
                    "XF-COMMUNITY-BACKED",
                    with(agreement("x", "p", "a")),
                    Optional.of(community().build()),
                    "2025-05-01",
                    Map.of("minOrganisations", "1")));
            assertThat(outcome.status()).isEqualTo(Status.PASS);
        }

        @Test
        void onlyForCommunityMaintenance() {
            assertThat(evaluate(
                                    "XF-COMMUNITY-BACKED",
                                    PublicCodes.builder()
                                            .type(MaintenanceType.CONTRACT)
                                            .contractor("ACME", "2026-03-31")
                                            .build(),
                                    "2025-05-01")
                            .status())
                    .isEqualTo(Status.NOT_APPLICABLE);
        }
    }

    @Nested
    class ContractBacked {

        private PublicCode contract(String name, String until) {
            return PublicCodes.builder()
                    .type(MaintenanceType.CONTRACT)
                    .contractor(name, until)
                    .build();
        }

        @Test
        void theContractorOfAnActiveAgreementEndingOnUntilPasses() {
            Outcome outcome =
                    evaluate("XF-CONTRACT-BACKED", contract("ACME Software B.V.", "2026-03-31"), "2025-05-01");
            assertThat(outcome.status()).isEqualTo(Status.PASS);
            assertThat(outcome.evidence().get("organisations")).isEqualTo(List.of("acme"));
            assertThat(Findings.map(outcome.evidence().get("agreements"))).containsEntry("mnt-roma-2025", "2026-03-31");
        }

        @Test
        void matchesByIdAndIgnoresCaseAndSpacing() {
            assertThat(evaluate("XF-CONTRACT-BACKED", contract("  acme  software b.v. ", "2026-03-31"), "2025-05-01")
                            .status())
                    .isEqualTo(Status.PASS);
            assertThat(evaluate("XF-CONTRACT-BACKED", contract("acme", "2026-03-31"), "2025-05-01")
                            .status())
                    .isEqualTo(Status.PASS);
        }

        @Test
        void matchesByWebsite() {
            PublicCode publicCode = PublicCodes.builder()
                    .type(MaintenanceType.CONTRACT)
                    .contractorWithWebsite("ACME Nederland", "2026-03-31", "https://www.acme.example/")
                    .build();
            assertThat(evaluate("XF-CONTRACT-BACKED", publicCode, "2025-05-01").status())
                    .isEqualTo(Status.PASS);
        }

        @ParameterizedTest
        @CsvSource({"2026-03-30, 0, FAIL", "2026-03-30, 1, PASS", "2026-04-01, 1, PASS", "2026-04-02, 1, FAIL"})
        void untilMustEqualTheEndWithinTolerance(String until, String tolerance, Status expected) {
            Outcome outcome = only(run(
                    "XF-CONTRACT-BACKED",
                    WorkedExample.governance(),
                    Optional.of(contract("ACME Software B.V.", until)),
                    "2025-05-01",
                    Map.of("toleranceDays", tolerance)));
            assertThat(outcome.status()).isEqualTo(expected);
        }

        @Test
        void anUnknownContractorFails() {
            Outcome outcome = evaluate("XF-CONTRACT-BACKED", contract("Globex", "2026-03-31"), "2025-05-01");
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.message()).contains("Globex").contains("matches no organisation");
        }

        @Test
        void aKnownOrganisationThatIsNotAContractorFails() {
            Outcome outcome = evaluate("XF-CONTRACT-BACKED", contract("Roma Capitale", "2026-03-31"), "2025-05-01");
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.message()).contains("is not the contractor of any active maintenance agreement");
        }

        @Test
        void theAgreementMustBeActive() {
            assertThat(evaluate("XF-CONTRACT-BACKED", contract("ACME Software B.V.", "2026-03-31"), "2025-03-15")
                            .status())
                    .isEqualTo(Status.FAIL);
        }
    }

    @Nested
    class InternalBacked {

        private PublicCode internal(String uri) {
            return PublicCodes.builder()
                    .type(MaintenanceType.INTERNAL)
                    .contact("Jan", "Gemeente Utrecht")
                    .organisation(uri)
                    .build();
        }

        @Test
        void theOwnerProvidesAnActiveAgreement() {
            Outcome outcome = evaluate(
                    "XF-INTERNAL-BACKED",
                    internal("https://identifier.overheid.nl/tooi/id/gemeente/gm0344/"),
                    "2025-05-01");
            assertThat(outcome.status()).isEqualTo(Status.PASS);
            assertThat(outcome.evidence().get("organisations")).isEqualTo(List.of("utrecht"));
        }

        @Test
        void anItalianPaCodeIdentifierStandsForItsUrn() {
            Governance governance = governance()
                    .organisations(organisation("roma", "IT", new Identifier(IdentifierScheme.IT_IPA, "c_h501")))
                    .projects(project("p", MaintenanceType.INTERNAL, Criticality.LOW))
                    .agreements(agreement("x", "p", "roma").build())
                    .build();
            assertThat(evaluate("XF-INTERNAL-BACKED", governance, internal("urn:x-italian-pa:C_H501"), "2025-05-01")
                            .status())
                    .isEqualTo(Status.PASS);
        }

        @Test
        void anOwnerWithoutAnAgreementFails() {
            Outcome outcome = evaluate("XF-INTERNAL-BACKED", internal("https://acme.example"), "2025-05-01");
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.evidence().get("organisations")).isEqualTo(List.of("acme"));
        }

        @Test
        void anUnknownOrMissingOwnerFails() {
            assertThat(evaluate("XF-INTERNAL-BACKED", internal("https://nobody.example"), "2025-05-01")
                            .status())
                    .isEqualTo(Status.FAIL);
            PublicCode withoutOrganisation = PublicCodes.builder()
                    .type(MaintenanceType.INTERNAL)
                    .contact("Jan", "Gemeente Utrecht")
                    .build();
            assertThat(evaluate("XF-INTERNAL-BACKED", withoutOrganisation, "2025-05-01")
                            .status())
                    .isEqualTo(Status.FAIL);
        }
    }

    @Nested
    class NoneContradicted {

        @Test
        void communityWithActiveAgreementsPasses() {
            assertThat(evaluate("XF-NONE-CONTRADICTED", community().build(), "2025-05-01")
                            .status())
                    .isEqualTo(Status.PASS);
        }

        @Test
        void noneWithActiveAgreementsFails() {
            Outcome outcome = evaluate(
                    "XF-NONE-CONTRADICTED",
                    PublicCodes.builder()
                            .type(MaintenanceType.NONE)
                            .status(eu.ospo.publiccode.model.DevelopmentStatus.OBSOLETE)
                            .build(),
                    "2025-05-01");
            assertThat(outcome.status()).isEqualTo(Status.FAIL);
            assertThat(outcome.evidence().get("activeAgreements"))
                    .isEqualTo(List.of("mnt-roma-2025", "mnt-utrecht-2025"));
        }

        @Test
        void maintainedWithoutActiveAgreementsFailsAndNoneWithoutPasses() {
            assertThat(evaluate("XF-NONE-CONTRADICTED", community().build(), "2027-01-01")
                            .status())
                    .isEqualTo(Status.FAIL);
            assertThat(evaluate(
                                    "XF-NONE-CONTRADICTED",
                                    PublicCodes.builder()
                                            .type(MaintenanceType.NONE)
                                            .build(),
                                    "2027-01-01")
                            .status())
                    .isEqualTo(Status.PASS);
        }
    }

    @Nested
    class OrganisationsResolve {

        @Test
        void eachReferenceIsAnOutcomeInAStableOrder() {
            PublicCode publicCode = PublicCodes.builder()
                    .type(MaintenanceType.COMMUNITY)
                    .organisation("http://www.acme.example/")
                    .fundedBy("urn:x-italian-pa:c_h501")
                    .fundedBy("https://unknown.example")
                    .contact("Jan", "utrecht")
                    .contact("Anon", "Somewhere Else")
                    .build();
            List<Outcome> outcomes =
                    run("XF-ORG-RESOLVES", WorkedExample.governance(), Optional.of(publicCode), "2025-05-01");
            assertThat(outcomes)
                    .extracting(o -> o.status() + " " + o.evidence().get("reference") + " "
                            + o.evidence().get("value"))
                    .containsExactly(
                            "PASS organisation http://www.acme.example/",
                            "FAIL funder https://unknown.example",
                            "PASS funder urn:x-italian-pa:c_h501",
                            "FAIL affiliation Somewhere Else",
                            "PASS affiliation utrecht");
            assertThat(outcomes.get(1).locations().get(0).key()).isEqualTo("fundedBy[1].uri");
        }

        @Test
        void nothingToResolveIsNotApplicable() {
            assertThat(evaluate(
                                    "XF-ORG-RESOLVES",
                                    PublicCodes.builder()
                                            .type(MaintenanceType.NONE)
                                            .build(),
                                    "2025-05-01")
                            .status())
                    .isEqualTo(Status.NOT_APPLICABLE);
        }
    }
}
