package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.Team;
import eu.ospo.model.measure.Tenure;
import eu.ospo.model.measure.TenureDistribution;
import eu.ospo.problem.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** TEAM-TENURE: the coders of each team have been its coders for a long time (median tenure). */
final class TeamTenure extends RuleDefinition {

    TeamTenure() {
        super(
                "TEAM-TENURE",
                Severity.WARNING,
                Anchors.OSOR_SUSTAINABLE_COMMUNITIES,
                "In every team of a current member with coders on the evaluation date, the median tenure of those"
                        + " coders in the team is at least months months (a month being 30.4375 days).",
                ParameterSpec.of(
                        "months",
                        "12",
                        ParameterSpec.Kind.POSITIVE_WHOLE,
                        "the median coder tenure a team should reach, in months"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        int months = parameters.integer("months");
        List<Outcome> outcomes = new ArrayList<>();
        for (Indexed<Team> indexed : facts.teams()) {
            Team team = indexed.value();
            if (!facts.isMemberTeam(team)) {
                continue;
            }
            Map<String, Long> perCoder = Tenure.perCoder(team, facts.date());
            if (perCoder.isEmpty()) {
                continue; // TEAM-CODER-EMBEDDED speaks about teams without coders
            }
            TenureDistribution distribution = TenureDistribution.of(perCoder.values());
            BigDecimal median = distribution.median().orElseThrow();
            BigDecimal medianMonths =
                    median.divide(Tenure.DAYS_PER_MONTH, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
            var evidence = Evidence.of()
                    .with("team", team.id())
                    .with("organisation", team.organisation())
                    .with("tenureDays", perCoder)
                    .with("medianDays", median)
                    .with("medianMonths", medianMonths)
                    .with("months", months)
                    .with("thresholdDays", Tenure.daysOf(months))
                    .map();
            var locations = List.of(facts.governanceAt(Keys.team(indexed.index())));
            String message = Facts.label(team) + ": median coder tenure " + medianMonths.toPlainString()
                    + " months (" + Numbers.text(median) + " days, " + perCoder.size() + " coder"
                    + (perCoder.size() == 1 ? "" : "s") + "); at least " + months + " expected";
            outcomes.add(
                    distribution.medianAtLeastMonths(months)
                            ? Outcome.pass(message, locations, evidence)
                            : Outcome.fail(message, locations, evidence));
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable("no team of a current member has coders on " + facts.date()));
        }
        return outcomes;
    }
}
