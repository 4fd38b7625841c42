package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.Team;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.List;

/** TEAM-CODER-EMBEDDED: every primary-process team has coders of its own on the evaluation date. */
final class TeamCoderEmbedded extends RuleDefinition {

    TeamCoderEmbedded() {
        super(
                "TEAM-CODER-EMBEDDED",
                Severity.WARNING,
                Anchors.SFPC_BUNDLE_POLICY,
                "Every team that serves a primary process (teams[].process.type: primary) of an organisation that"
                        + " is a member on the evaluation date has at least minCoders coders on that date.",
                ParameterSpec.of(
                        "minCoders",
                        "1",
                        ParameterSpec.Kind.POSITIVE_WHOLE,
                        "how many coders a primary-process team needs"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        int minCoders = parameters.integer("minCoders");
        List<Outcome> outcomes = new ArrayList<>();
        for (Indexed<Team> indexed : facts.teams()) {
            Team team = indexed.value();
            if (!team.isPrimary() || !facts.isMemberTeam(team)) {
                continue;
            }
            List<String> coders = team.codersOn(facts.date());
            var evidence = Evidence.of()
                    .with("team", team.id())
                    .with("organisation", team.organisation())
                    .with("process", team.process().description().orElse(""))
                    .with("coders", coders)
                    .with("minCoders", minCoders)
                    .map();
            var locations = List.of(facts.governanceAt(Keys.team(indexed.index())));
            String who = Facts.label(team);
            if (coders.size() >= minCoders) {
                outcomes.add(Outcome.pass(
                        who + " has " + coders.size() + " coder" + (coders.size() == 1 ? "" : "s") + " ("
                                + String.join(", ", coders) + ")",
                        locations,
                        evidence));
            } else {
                outcomes.add(Outcome.fail(
                        who + " serves a primary process but has "
                                + (coders.isEmpty()
                                        ? "no coder"
                                        : coders.size() + " coder" + (coders.size() == 1 ? "" : "s"))
                                + " on " + facts.date() + "; it needs " + minCoders,
                        locations,
                        evidence));
            }
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable("governance.yml names no primary-process team of a current member"));
        }
        return outcomes;
    }
}
