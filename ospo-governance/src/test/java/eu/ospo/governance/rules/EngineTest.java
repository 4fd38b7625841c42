package eu.ospo.governance.rules;

import static eu.ospo.governance.rules.Communities.exemption;
import static eu.ospo.governance.rules.Findings.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.ospo.model.Community;
import eu.ospo.model.Exemption;
import eu.ospo.model.Governance;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import eu.ospo.problem.SourceMap;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The engine: levels, parameters, exemptions, order, determinism. */
class EngineTest {

    private static final LocalDate DATE = WorkedExample.DATE;

    private static Governance withExemptions(Exemption... exemptions) {
        Governance g = WorkedExample.governance();
        Community c = g.community();
        return g.withCommunity(c.withExemptions(List.of(exemptions)));
    }

    private static Evaluation evaluate(GovernanceRules engine, Governance governance, LocalDate date) {
        return engine.evaluate(RuleContext.of(governance, Optional.of(WorkedExample.publicCode()), date));
    }

    /** A custom rule with a list parameter, failing once per item. */
    private static class ListedRule implements Rule {
        @Override
        public String id() {
            return "X-LISTED";
        }

        @Override
        public String description() {
            return "Fails once per listed name.";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public URI anchor() {
            return URI.create("https://example.org/listed");
        }

        @Override
        public Map<String, String> defaultParameters() {
            return Map.of("names", "b,a");
        }

        @Override
        public Optional<String> parameterDefect(String name, String value) {
            return value.isBlank() ? Optional.of("must name someone") : Optional.empty();
        }

        @Override
        public List<Outcome> evaluate(RuleContext context, RuleParameters parameters) {
            return parameters.list("names").stream()
                    .map(n -> Outcome.fail("listed " + n, List.of(), Map.of("name", n)))
                    .toList();
        }
    }

    @Test
    void findingsComeInCatalogueOrderWithAnchors() {
        Evaluation evaluation = GovernanceRules.defaults().evaluate(WorkedExample.context(DATE));
        List<String> order =
                evaluation.findings().stream().map(Finding::ruleId).distinct().toList();
        assertThat(order)
                .isEqualTo(GovernanceRules.defaultRules().stream().map(Rule::id).toList());
        assertThat(evaluation.findings())
                .allSatisfy(f -> assertThat(f.anchor().getScheme()).isEqualTo("https"));
        assertThat(evaluation.countByStatus().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(evaluation.findings().size());
    }

    @Test
    void aLevelReplacesTheDefaultSeverity() {
        GovernanceRules engine = GovernanceRules.builder()
                .ruleset(Ruleset.defaults().withLevel("DIV-ORG-COUNT", Level.ERROR))
                .build();
        Evaluation evaluation = engine.evaluate(WorkedExample.context(DATE));
        Finding finding = single(evaluation, "DIV-ORG-COUNT");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.isBlocking()).isTrue();
        assertThat(evaluation.passed()).isFalse();
        assertThat(evaluation.failures(Severity.ERROR)).isEqualTo(1);
        assertThat(engine.level("DIV-ORG-COUNT")).isEqualTo(Level.ERROR);
        assertThat(engine.level("DIV-ELEPHANT")).isEqualTo(Level.WARNING);
    }

    @Test
    void passingFindingsCarryTheConfiguredSeverityToo() {
        GovernanceRules engine = GovernanceRules.builder()
                .ruleset(Ruleset.defaults().withLevel("META-STALE", Level.INFO))
                .build();
        assertThat(single(engine.evaluate(WorkedExample.context(DATE)), "META-STALE")
                        .severity())
                .isEqualTo(Severity.INFO);
    }

    @Test
    void offRulesAreNotEvaluated() {
        GovernanceRules engine = GovernanceRules.builder()
                .ruleset(Ruleset.defaults().withLevel("DIV-BUS-FACTOR", Level.OFF))
                .build();
        Evaluation evaluation = engine.evaluate(WorkedExample.context(DATE));
        assertThat(Findings.of(evaluation, "DIV-BUS-FACTOR")).isEmpty();
        assertThat(Findings.of(GovernanceRules.defaults().evaluate(WorkedExample.context(DATE)), "DIV-BUS-FACTOR"))
                .isNotEmpty();
        assertThat(engine.rules()).extracting(Rule::id).contains("DIV-BUS-FACTOR");
        assertThat(engine.level("DIV-BUS-FACTOR")).isEqualTo(Level.OFF);
    }

    @Test
    void parametersOverrideDefaultsAndCommonParametersReachEveryRuleThatHasThem() {
        Ruleset ruleset = Ruleset.defaults()
                .withCommonParameter("fteBasis", "2000")
                .withParameter("AGR-MIN-CAPACITY", "high", "1.2")
                .withParameter("DIV-ELEPHANT", "fteBasis", "1600");
        GovernanceRules engine = GovernanceRules.builder().ruleset(ruleset).build();
        assertThat(engine.parameters("AGR-MIN-CAPACITY").values())
                .containsEntry("high", "1.2")
                .containsEntry("fteBasis", "2000")
                .containsEntry("low", "0.1");
        assertThat(engine.parameters("DIV-BUS-FACTOR").text("fteBasis")).isEqualTo("2000");
        assertThat(engine.parameters("DIV-ELEPHANT").text("fteBasis")).isEqualTo("1600");
        assertThat(engine.parameters("DIV-ORG-COUNT").values()).doesNotContainKey("fteBasis");
        Finding capacity = single(engine.evaluate(WorkedExample.context(DATE)), "AGR-MIN-CAPACITY");
        assertThat(capacity.status()).isEqualTo(Status.FAIL);
        assertThat(capacity.evidence()).containsEntry("fteBasis", new java.math.BigDecimal("2000"));
    }

    @Test
    void locationsAreResolvedThroughTheSourceMaps() {
        SourceMap governanceSource = SourceMap.of(
                "communities/meldingen/governance.yml",
                Map.of(
                        "agreements[1]",
                        new int[] {52, 5},
                        "agreements[1].end",
                        new int[] {59, 5},
                        "projects[0]",
                        new int[] {40, 5}));
        SourceMap publiccodeSource = SourceMap.of("publiccode.yml", Map.of("maintenance.type", new int[] {30, 3}));
        RuleContext context = new RuleContext(
                WorkedExample.governance(),
                Optional.of(WorkedExample.publicCode()),
                LocalDate.parse("2025-12-31"),
                governanceSource,
                publiccodeSource);
        Evaluation evaluation = GovernanceRules.defaults().evaluate(context);
        Finding expiring = Findings.of(evaluation, "AGR-EXPIRING").stream()
                .filter(f -> f.status() == Status.FAIL)
                .findFirst()
                .orElseThrow();
        assertThat(expiring.locations())
                .containsExactly(new Location("communities/meldingen/governance.yml", "agreements[1].end", 59, 5));
        Finding backed = single(evaluation, "XF-COMMUNITY-BACKED");
        assertThat(backed.locations())
                .contains(
                        new Location("publiccode.yml", "maintenance.type", 30, 3),
                        new Location("communities/meldingen/governance.yml", "projects[0]", 40, 5),
                        new Location("communities/meldingen/governance.yml", "agreements[1]", 52, 5));
        Finding notice = Findings.of(evaluation, "AGR-NOTICE-PASSED").get(0);
        assertThat(notice.locations())
                .as("a key without a position falls back to the nearest enclosing key")
                .containsExactly(
                        new Location("communities/meldingen/governance.yml", "agreements[1].noticePeriodDays", 52, 5));
        Finding unknown = single(evaluation, "META-STALE");
        assertThat(unknown.locations())
                .containsExactly(new Location("communities/meldingen/governance.yml", "community.lastReviewed", 0, 0));
    }

    @Test
    void aValidExemptionTurnsFailuresIntoExemptionsAndLeavesPassesAlone() {
        Evaluation exempted = evaluate(
                GovernanceRules.defaults(),
                withExemptions(
                        exemption("DIV-ORG-COUNT", "we are small", Optional.empty()),
                        exemption("META-STALE", "reviewed yesterday", Optional.of(DATE))),
                DATE);
        assertThat(single(exempted, "DIV-ORG-COUNT").status()).isEqualTo(Status.EXEMPTED);
        assertThat(single(exempted, "DIV-ORG-COUNT").message()).endsWith("(exempted: we are small)");
        assertThat(single(exempted, "META-STALE").status()).isEqualTo(Status.PASS);
        assertThat(single(exempted, "DIV-ELEPHANT").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void anExemptionAppliesThroughItsUntilDayAndNotAfter() {
        Governance governance = withExemptions(exemption("DIV-ORG-COUNT", "small", Optional.of(DATE)));
        assertThat(single(evaluate(GovernanceRules.defaults(), governance, DATE), "DIV-ORG-COUNT")
                        .status())
                .isEqualTo(Status.EXEMPTED);
        Evaluation after = evaluate(GovernanceRules.defaults(), governance, DATE.plusDays(1));
        assertThat(single(after, "DIV-ORG-COUNT").status()).isEqualTo(Status.FAIL);
        Finding expired = single(after, "META-EXEMPTION-EXPIRED");
        assertThat(expired.status()).isEqualTo(Status.FAIL);
        assertThat(expired.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void anExemptionWithoutReasonExemptsNothing() {
        Evaluation evaluation = evaluate(
                GovernanceRules.defaults(), withExemptions(exemption("DIV-ORG-COUNT", "  ", Optional.empty())), DATE);
        assertThat(single(evaluation, "DIV-ORG-COUNT").status()).isEqualTo(Status.FAIL);
        assertThat(single(evaluation, "META-EXEMPTION-EXPIRED").message()).contains("gives no reason");
    }

    @Test
    void theLongestLastingOfSeveralExemptionsIsReported() {
        Governance governance = withExemptions(
                exemption("DIV-ORG-COUNT", "short", Optional.of(DATE.plusDays(10))),
                exemption("DIV-ORG-COUNT", "forever", Optional.empty()),
                exemption("DIV-ORG-COUNT", "long", Optional.of(DATE.plusDays(100))));
        Finding finding = single(evaluate(GovernanceRules.defaults(), governance, DATE), "DIV-ORG-COUNT");
        assertThat(Findings.map(finding.evidence().get("exemption"))).containsEntry("reason", "forever");
        assertThat(finding.locations()).extracting(l -> l.key()).contains("community.exemptions[1]");
    }

    @Test
    void exemptedErrorsDoNotFailTheCheck() {
        Governance governance =
                withExemptions(exemption("XF-COMMUNITY-BACKED", "Roma joins in April", Optional.empty()));
        Evaluation before = evaluate(GovernanceRules.defaults(), governance, LocalDate.parse("2025-03-01"));
        assertThat(single(before, "XF-COMMUNITY-BACKED").status()).isEqualTo(Status.EXEMPTED);
        assertThat(before.passed()).isTrue();
        assertThat(GovernanceRules.defaults()
                        .evaluate(WorkedExample.context(LocalDate.parse("2025-03-01")))
                        .passed())
                .isFalse();
    }

    @Test
    void addedRulesComeLastAndCanBeConfigured() {
        GovernanceRules engine = GovernanceRules.builder()
                .addRule(new ListedRule())
                .ruleset(Ruleset.defaults().withParameter("X-LISTED", "names", "c"))
                .build();
        Evaluation evaluation = engine.evaluate(WorkedExample.context(DATE));
        Finding last = evaluation.findings().get(evaluation.findings().size() - 1);
        assertThat(last.ruleId()).isEqualTo("X-LISTED");
        assertThat(last.message()).isEqualTo("listed c");
        assertThat(last.anchor()).isEqualTo(URI.create("https://example.org/listed"));
        assertThat(engine.rules()).hasSize(GovernanceRules.defaultRules().size() + 1);
    }

    @Test
    void aRuleThatReportsNothingGetsANotApplicableFinding() {
        GovernanceRules engine = GovernanceRules.builder()
                .addRule(new ListedRule())
                .ruleset(Ruleset.defaults().withParameter("X-LISTED", "names", ","))
                .build();
        assertThat(single(engine.evaluate(WorkedExample.context(DATE)), "X-LISTED")
                        .status())
                .isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void aRuleThatThrowsIsNamed() {
        GovernanceRules engine = GovernanceRules.builder()
                .addRule(new ListedRule() {
                    @Override
                    public List<Outcome> evaluate(RuleContext context, RuleParameters parameters) {
                        throw new UnsupportedOperationException("boom");
                    }
                })
                .build();
        assertThatThrownBy(() -> engine.evaluate(WorkedExample.context(DATE)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("X-LISTED")
                .hasMessageContaining("boom");
    }

    @Test
    void misconfigurationsAreRejectedWhenBuilding() {
        assertThatThrownBy(() -> GovernanceRules.builder()
                        .addRule(new ListedRule())
                        .addRule(new ListedRule())
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X-LISTED");
        assertThatThrownBy(() -> GovernanceRules.builder()
                        .ruleset(Ruleset.defaults().withLevel("NO-SUCH-RULE", Level.ERROR))
                        .build())
                .hasMessageContaining("NO-SUCH-RULE");
        assertThatThrownBy(() -> GovernanceRules.builder()
                        .ruleset(Ruleset.defaults().withParameter("DIV-ELEPHANT", "q", "1"))
                        .build())
                .hasMessageContaining("no parameter named q");
        assertThatThrownBy(() -> GovernanceRules.builder()
                        .ruleset(Ruleset.defaults().withParameter("DIV-ELEPHANT", "p", "1.5"))
                        .build())
                .hasMessageContaining("DIV-ELEPHANT parameter p must be a number greater than 0 and at most 1");
        assertThatThrownBy(() -> GovernanceRules.builder()
                        .ruleset(Ruleset.defaults().withCommonParameter("colour", "blue"))
                        .build())
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> GovernanceRules.builder()
                        .ruleset(Ruleset.defaults().withCommonParameter("fteBasis", "0"))
                        .build())
                .hasMessageContaining("fteBasis");
        assertThatThrownBy(() -> GovernanceRules.defaults().level("NOPE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameContextGivesTheSameFindingsFromAnyThread() throws Exception {
        RuleContext context = RuleContext.of(
                RandomCommunity.governance(7, 20),
                Optional.of(RandomCommunity.publicCode(7)),
                LocalDate.parse("2025-06-15"));
        GovernanceRules engine = GovernanceRules.defaults();
        Evaluation first = engine.evaluate(context);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Evaluation>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> engine.evaluate(context)));
            }
            for (Future<Evaluation> run : runs) {
                assertThat(run.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(first.findings().stream().map(Finding::status).collect(Collectors.toSet()))
                .contains(Status.PASS, Status.FAIL);
    }

    @Test
    void reorderingTheWorkedExampleChangesNothingButKeyPositions() {
        Evaluation original = GovernanceRules.defaults().evaluate(WorkedExample.context(DATE));
        for (long seed = 1; seed <= 20; seed++) {
            Governance shuffled = Shuffled.of(WorkedExample.governance(), new java.util.Random(seed));
            Evaluation evaluation = GovernanceRules.defaults()
                    .evaluate(RuleContext.of(shuffled, Optional.of(WorkedExample.publicCode()), DATE));
            assertThat(EnginePropertiesTest.withoutPositions(evaluation))
                    .isEqualTo(EnginePropertiesTest.withoutPositions(original));
        }
    }
}
