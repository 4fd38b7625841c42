package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.DateRange;
import eu.ospo.model.Team;
import eu.ospo.model.measure.Turnover;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * TEAM-TURNOVER: over the year up to the evaluation date, few of each team's coders (and of the
 * community's) left.
 */
final class TeamTurnover extends RuleDefinition {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    TeamTurnover() {
        super(
                "TEAM-TURNOVER",
                Severity.WARNING,
                Anchors.CHAOSS_INACTIVE_CONTRIBUTORS,
                "Of the coders of each team a year before the evaluation date, at most percentage % are no longer"
                        + " coders in that team on the evaluation date; the same holds for the community's coders"
                        + " taken together (moving to another team is not leaving the community).",
                ParameterSpec.of(
                        "percentage",
                        "25",
                        ParameterSpec.Kind.PERCENTAGE,
                        "the highest yearly coder turnover accepted, in percent"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        BigDecimal percentage = parameters.decimal("percentage");
        DateRange year = Turnover.yearEndingOn(facts.date());
        List<Outcome> outcomes = new ArrayList<>();
        List<Team> counted = new ArrayList<>();
        for (Indexed<Team> indexed : facts.teams()) {
            Team team = indexed.value();
            if (!facts.isMemberTeam(team)) {
                continue;
            }
            counted.add(team);
            Turnover turnover = Turnover.ofTeam(team, year);
            if (!turnover.cohort().isEmpty()) {
                outcomes.add(outcome(
                        Facts.label(team),
                        team.id(),
                        turnover,
                        percentage,
                        List.of(facts.governanceAt(Keys.team(indexed.index())))));
            }
        }
        Turnover community = Turnover.ofCommunity(counted, year);
        if (!community.cohort().isEmpty() && counted.size() > 1) {
            outcomes.add(
                    outcome("the community's coders", "", community, percentage, List.of(facts.governanceAt("teams"))));
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable("no team of a current member had coders on " + year.start()));
        }
        return outcomes;
    }

    private static Outcome outcome(
            String who, String team, Turnover turnover, BigDecimal percentage, List<Location> locations) {
        BigDecimal percent = BigDecimal.valueOf(turnover.leavers().size())
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(turnover.cohort().size()), MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
        var evidence = Evidence.of()
                .with("team", team)
                .with("from", turnover.window().start())
                .with("to", turnover.window().end())
                .with("cohort", turnover.cohort())
                .with("leavers", turnover.leavers())
                .with("joiners", turnover.joiners())
                .with("percent", percent)
                .with("maxPercent", percentage)
                .map();
        String message = who + ": " + turnover.leavers().size() + " of "
                + turnover.cohort().size() + " coder"
                + (turnover.cohort().size() == 1 ? "" : "s") + " of "
                + turnover.window().start() + " left by "
                + turnover.window().end() + " (" + percent.toPlainString() + "%"
                + (turnover.leavers().isEmpty() ? "" : ": " + String.join(", ", turnover.leavers())) + "); at most "
                + Numbers.text(percentage) + "% accepted";
        return turnover.isAtMost(percentage)
                ? Outcome.pass(message, locations, evidence)
                : Outcome.fail(message, locations, evidence);
    }
}
