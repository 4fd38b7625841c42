package eu.ospo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.model.AgreementKind;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.CommitmentUnit;
import eu.ospo.model.Governance;
import eu.ospo.model.IdentifierScheme;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Organisation;
import eu.ospo.model.Per;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/** Every generator gives values that pass Hibernate Validator and the cross-record checks, and obeys its knobs. */
class ValidByConstructionTest {

    @Test
    void defaultCommunitiesAreValid() {
        qt().withExamples(300)
                .forAll(Communities.governance())
                .checkAssert(g -> assertThat(ModelCheck.problems(g)).isEmpty());
    }

    @Test
    void largeCommunitiesAreValid() {
        Gen<Governance> large = Communities.builder()
                .organisations(10, 30)
                .agreementsPerOrganisation(3, 10)
                .projectsPerOrganisation(1, 5)
                .contactsPerOrganisation(1, 4)
                .build();
        qt().withExamples(30)
                .forAll(large)
                .checkAssert(g -> assertThat(ModelCheck.problems(g)).isEmpty());
    }

    @Test
    void fixedKnobsGiveExactSizesAsTheBenchmarksNeed() {
        Gen<Governance> twoHundred = Communities.builder()
                .organisations(200, 200)
                .agreementsPerOrganisation(10, 10)
                .projectsPerOrganisation(5, 5)
                .build();
        qt().withExamples(3).forAll(twoHundred).checkAssert(g -> {
            assertThat(g.organisations()).hasSize(200);
            assertThat(g.agreements()).hasSize(2000);
            assertThat(g.projects()).hasSize(1000);
            assertThat(ModelCheck.problems(g)).isEmpty();
        });
    }

    @Test
    void theKnobsBoundSizesDatesAndCommitments() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2026, 6, 30);
        Gen<Governance> shaped = Communities.builder()
                .organisations(2, 5)
                .projectsPerOrganisation(1, 3)
                .agreementsPerOrganisation(0, 4)
                .contactsPerOrganisation(2, 3)
                .between(from, to)
                .commitmentHours(10, 20)
                .commitmentFte(new BigDecimal("0.5"), new BigDecimal("0.75"))
                .build();
        qt().withExamples(200).forAll(shaped).checkAssert(g -> {
            assertThat(ModelCheck.problems(g)).isEmpty();
            int n = g.organisations().size();
            assertThat(n).isBetween(2, 5);
            assertThat(g.projects().size()).isBetween(n, 3 * n);
            assertThat(g.agreements().size()).isBetween(0, 4 * n);
            assertThat(g.contacts().size()).isBetween(2 * n, 3 * n);
            for (Organisation o : g.organisations()) {
                assertThat(o.joined()).isBetween(from, to);
                o.left().ifPresent(left -> assertThat(left).isBetween(o.joined(), to));
                assertThat(g.agreements().stream().filter(a -> a.provider().equals(o.id())))
                        .hasSizeBetween(0, 4);
            }
            assertThat(g.community().lastReviewed()).isBetween(from, to);
            for (MaintainerAgreement a : g.agreements()) {
                assertThat(a.start()).isBetween(from, to);
                a.end().ifPresent(end -> assertThat(end).isBetween(a.start(), to));
                a.commitment().ifPresent(c -> {
                    if (c.unit() == CommitmentUnit.HOURS) {
                        assertThat(c.amount()).isBetween(BigDecimal.TEN, BigDecimal.valueOf(20));
                    } else {
                        assertThat(c.amount()).isBetween(new BigDecimal("0.5"), new BigDecimal("0.75"));
                    }
                });
            }
        });
    }

    @Test
    void kindStatusAndUnitKnobsRestrictTheAgreements() {
        Gen<Governance> signedMaintenanceInHours = Communities.builder()
                .agreementsPerOrganisation(1, 3)
                .agreementKinds(AgreementKind.MAINTENANCE)
                .agreementStatuses(AgreementStatus.SIGNED)
                .commitmentUnits(CommitmentUnit.HOURS)
                .withoutCommunityTime()
                .withoutDecisionMaking()
                .withoutExemptions()
                .withoutLeavers()
                .build();
        qt().withExamples(200).forAll(signedMaintenanceInHours).checkAssert(g -> {
            assertThat(ModelCheck.problems(g)).isEmpty();
            assertThat(g.agreements()).isNotEmpty().allSatisfy(a -> {
                assertThat(a.kind()).isEqualTo(AgreementKind.MAINTENANCE);
                assertThat(a.status()).isEqualTo(AgreementStatus.SIGNED);
                assertThat(a.commitment().orElseThrow().unit()).isEqualTo(CommitmentUnit.HOURS);
            });
            assertThat(g.communityTime()).isEmpty();
            assertThat(g.organisations()).allSatisfy(o -> {
                assertThat(o.communityTime()).isEmpty();
                assertThat(o.left()).isEmpty();
            });
            assertThat(g.decisionMaking()).isEmpty();
            assertThat(g.community().exemptions()).isEmpty();
        });
    }

    @Test
    void defaultsProduceEveryOptionalPartSometimes() {
        List<Governance> sample = sample(Communities.governance(), 400);
        assertThat(sample).anyMatch(g -> g.communityTime().isPresent());
        assertThat(sample).anyMatch(g -> g.decisionMaking().isPresent());
        assertThat(sample).anyMatch(g -> !g.community().exemptions().isEmpty());
        assertThat(sample)
                .anyMatch(g -> g.organisations().stream().anyMatch(o -> o.left().isPresent()));
        assertThat(sample)
                .anyMatch(g -> g.organisations().stream()
                        .anyMatch(o -> o.communityTime().isPresent()));
        assertThat(sample)
                .anyMatch(g -> g.agreements().stream().anyMatch(a -> a.end().isEmpty()));
        assertThat(sample)
                .anyMatch(g ->
                        g.agreements().stream().anyMatch(a -> a.contractor().isPresent()));
        assertThat(sample).anyMatch(g -> g.contacts().stream().anyMatch(c -> c.isRoleMailbox()));
        assertThat(sample.stream().flatMap(g -> g.agreements().stream()).map(MaintainerAgreement::status))
                .contains(AgreementStatus.values());
        assertThat(sample.stream()
                        .flatMap(g -> g.organisations().stream())
                        .flatMap(o -> o.identifiers().stream())
                        .map(i -> i.scheme()))
                .contains(IdentifierScheme.values());
    }

    @ParameterizedTest
    @EnumSource(IdentifierScheme.class)
    void identifiersAreWellFormedInEveryScheme(IdentifierScheme scheme) {
        qt().forAll(Identifiers.of(scheme)).checkAssert(identifier -> {
            assertThat(identifier.scheme()).isEqualTo(scheme);
            assertThat(scheme.defect(identifier.value())).isEmpty();
            assertThat(ModelCheck.constraintViolations(identifier)).isEmpty();
        });
    }

    @Test
    void leiCheckDigitsVerifyAndOinPrefixesMatchTheirSuffix() {
        qt().forAll(Identifiers.lei())
                .checkAssert(lei -> assertThat(
                                new java.math.BigInteger(numeric(lei.value())).mod(java.math.BigInteger.valueOf(97)))
                        .isEqualTo(java.math.BigInteger.ONE));
        qt().forAll(Identifiers.oin())
                .checkAssert(oin -> assertThat(oin.value())
                        .matches(
                                oin.value().startsWith("00000003")
                                        ? "00000003\\d{8}0000"
                                        : "000000(0[1-9]|1[01])\\d{9}000"));
    }

    @Test
    void theOtherSchemeGeneratorsNameTheirScheme() {
        Map<IdentifierScheme, Gen<eu.ospo.model.Identifier>> generators = Map.of(
                IdentifierScheme.NL_KVK, Identifiers.kvk(),
                IdentifierScheme.NL_TOOI, Identifiers.tooi(),
                IdentifierScheme.IT_IPA, Identifiers.ipa(),
                IdentifierScheme.ISO6523, Identifiers.iso6523(),
                IdentifierScheme.WIKIDATA, Identifiers.wikidata(),
                IdentifierScheme.VAT, Identifiers.vat());
        generators.forEach((scheme, gen) -> qt().withExamples(100).forAll(gen).checkAssert(i -> {
            assertThat(i.scheme()).isEqualTo(scheme);
            assertThat(i.isWellFormed()).isTrue();
        }));
        qt().withExamples(200)
                .forAll(Identifiers.any())
                .checkAssert(i -> assertThat(i.isWellFormed()).isTrue());
    }

    @Test
    void singleTypeGeneratorsPassTheirConstraints() {
        allValid(Organisations.any());
        allValid(Projects.any());
        allValid(Commitments.any());
        allValid(Commitments.hours(1, 10));
        allValid(Commitments.fte(1, 100));
        allValid(Agreements.any());
        allValid(Agreements.serviceLevels());
        allValid(CommunityTime.policies());
        allValid(CommunityTime.reports());
        allValid(DecisionBodies.any());
        allValid(DecisionBodies.decisionMaking());
        allValid(Contacts.any());
        allValid(Exemptions.any());
        allValid(Communities.community());
    }

    @Test
    void quorumsCanBeReached() {
        qt().forAll(org.quicktheories.generators.Generate.range(1, 12))
                .checkAssert(seats -> qt().withExamples(20)
                        .forAll(DecisionBodies.quorums(seats))
                        .checkAssert(q -> {
                            assertThat(ModelCheck.constraintViolations(q)).isEmpty();
                            assertThat(q.isSatisfiable(seats)).isTrue();
                        }));
        qt().forAll(DecisionBodies.any())
                .checkAssert(body -> assertThat(body.hasSatisfiableQuorum()).isTrue());
    }

    @Test
    void standaloneAgreementsLieInsideTheirTermsAndCommitmentsInsideTheirSizes() {
        qt().forAll(Agreements.any()).checkAssert(a -> {
            a.end().ifPresent(end -> assertThat(end).isAfterOrEqualTo(a.start()));
            if (a.kind() == AgreementKind.MAINTENANCE || a.kind() == AgreementKind.DEVELOPMENT) {
                assertThat(a.commitment()).isPresent();
            }
        });
        qt().forAll(Commitments.hours(3, 7)).checkAssert(c -> {
            assertThat(c.amount()).isBetween(BigDecimal.valueOf(3), BigDecimal.valueOf(7));
            assertThat(c.per()).isPresent();
        });
        qt().forAll(Commitments.fte(10, 20)).checkAssert(c -> {
            assertThat(c.amount()).isBetween(new BigDecimal("0.10"), new BigDecimal("0.20"));
            assertThat(c.per()).isEmpty();
        });
        qt().withExamples(300)
                .forAll(Commitments.any())
                .checkAssert(c -> assertThat(c.per().map(Per::perYear))
                        .isEqualTo(
                                c.unit() == CommitmentUnit.HOURS
                                        ? c.per().map(Per::perYear)
                                        : java.util.Optional.empty()));
    }

    @Test
    void agreementsActiveInAModelKeepItValidAndAreActive() {
        Gen<Governance> communities = Communities.builder().organisations(1, 4).build();
        qt().withExamples(200)
                .forAll(communities.flatMap(g -> Dates.membershipDays(g).map(day -> Map.entry(g, day))))
                .checkAssert(entry -> {
                    Governance g = entry.getKey();
                    LocalDate day = entry.getValue();
                    qt().withExamples(10).forAll(Agreements.activeIn(g, day)).checkAssert(added -> {
                        Governance bigger = new Governance(
                                g.governanceYmlVersion(),
                                g.community(),
                                g.organisations(),
                                g.projects(),
                                append(g.agreements(), added),
                                g.communityTime(),
                                g.decisionMaking(),
                                g.contacts());
                        assertThat(ModelCheck.problems(bigger)).isEmpty();
                        assertThat(added.isActiveOn(day)).isTrue();
                    });
                });
    }

    @Test
    void addedAgreementsAreActiveAndKeepTheModelValid() {
        qt().withExamples(300)
                .forAll(Agreements.addedTo(Communities.governance()))
                .checkAssert(added -> {
                    assertThat(ModelCheck.problems(added.before())).isEmpty();
                    assertThat(ModelCheck.problems(added.after())).isEmpty();
                    assertThat(added.added().isActiveOn(added.day())).isTrue();
                    assertThat(added.after().agreements())
                            .isEqualTo(append(added.before().agreements(), added.added()));
                    assertThat(added.after().organisations())
                            .isEqualTo(added.before().organisations());
                });
    }

    @Test
    void activeInRefusesADayWithoutMembers() {
        Governance g = sample(Communities.builder().withoutLeavers().build(), 1).get(0);
        LocalDate before = g.organisations().stream()
                .map(Organisation::joined)
                .min(LocalDate::compareTo)
                .orElseThrow()
                .minusDays(1);
        assertThatThrownBy(() -> Agreements.activeIn(g, before)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contradictoryKnobsAreRefused() {
        assertThatThrownBy(() -> Communities.builder().organisations(0, 3).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Communities.builder().organisations(4, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        Communities.builder().contactsPerOrganisation(0, 1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Communities.builder()
                        .between(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Communities.builder().agreementKinds().build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Commitments.hours(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weightsAreNonNegativeAndThresholdsInTheUnitInterval() {
        qt().forAll(Weights.vectors(), Weights.thresholds()).checkAssert((w, p) -> {
            assertThat(w)
                    .hasSizeBetween(0, 12)
                    .allSatisfy(x -> assertThat(x.signum()).isNotNegative());
            assertThat(p).isGreaterThan(BigDecimal.ZERO).isLessThanOrEqualTo(BigDecimal.ONE);
        });
        qt().forAll(Weights.positiveVectors(1, 5), Weights.scaleFactors()).checkAssert((w, c) -> {
            assertThat(w)
                    .hasSizeBetween(1, 5)
                    .allSatisfy(x -> assertThat(x.signum()).isPositive());
            assertThat(c.signum()).isPositive();
        });
        List<List<BigDecimal>> sample = sample(Weights.vectors(5, 5), 300);
        assertThat(sample).anyMatch(w -> w.contains(BigDecimal.ZERO));
        assertThat(sample).anyMatch(w -> w.stream().distinct().count() < w.size());
    }

    @Test
    void generatorsAreDeterministicForASeed() {
        long seed = 20251123L;
        List<Governance> first = new java.util.ArrayList<>();
        List<Governance> second = new java.util.ArrayList<>();
        qt().withFixedSeed(seed)
                .withExamples(20)
                .forAll(Communities.governance())
                .checkAssert(first::add);
        qt().withFixedSeed(seed)
                .withExamples(20)
                .forAll(Communities.governance())
                .checkAssert(second::add);
        assertThat(first).hasSize(20).isEqualTo(second);
        assertThat(first.stream().map(Governance::organisations).collect(Collectors.toSet()))
                .hasSizeGreaterThan(1);
    }

    private static <T> void allValid(Gen<T> gen) {
        qt().withExamples(200)
                .forAll(gen)
                .checkAssert(value -> assertThat(ModelCheck.constraintViolations(value))
                        .as(String.valueOf(value))
                        .isEmpty());
    }

    static <T> List<T> sample(Gen<T> gen, int n) {
        List<T> values = new java.util.ArrayList<>();
        qt().withFixedSeed(42L).withExamples(n).forAll(gen).checkAssert(values::add);
        return values;
    }

    private static <T> List<T> append(List<T> items, T item) {
        List<T> copy = new java.util.ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    private static String numeric(String code) {
        return code.chars()
                .mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) c) : String.valueOf(c - 'A' + 10))
                .collect(Collectors.joining());
    }

    @SuppressWarnings("unused")
    private static <T, K> Map<K, Long> countBy(List<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
