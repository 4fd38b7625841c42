package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.OpenSourceProgramOffice;
import eu.ospo.model.OspoRuleset;
import eu.ospo.model.Project;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** OSPO-RULESET: every project is checked with a ruleset of the OSPO, or says why not. */
final class OspoRulesetUsed extends RuleDefinition {

    OspoRulesetUsed() {
        super(
                "OSPO-RULESET",
                Severity.WARNING,
                Anchors.TODO_OSPO_DEFINITION,
                "When the OSPO publishes rulesets, every project names one of them (projects[].ruleset) or says"
                        + " why it uses none (projects[].rulesetWaiver).");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<OpenSourceProgramOffice> ospo = facts.governance().ospo();
        if (ospo.isEmpty() || ospo.get().rulesets().isEmpty()) {
            return List.of(Outcome.notApplicable("the community's OSPO publishes no ruleset"));
        }
        List<String> offered =
                ospo.get().rulesets().stream().map(OspoRuleset::id).sorted().toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (Indexed<Project> indexed : facts.projects()) {
            Project project = indexed.value();
            var evidence = Evidence.of()
                    .with("project", project.id())
                    .with("ruleset", project.ruleset().orElse(""))
                    .with("waiver", project.rulesetWaiver().orElse(""))
                    .with("offered", offered)
                    .map();
            String key = Keys.project(indexed.index());
            Optional<OspoRuleset> used =
                    project.ruleset().flatMap(id -> ospo.get().ruleset(id));
            if (used.isPresent()) {
                outcomes.add(Outcome.pass(
                        project.id() + " is checked with the OSPO ruleset "
                                + used.get().id() + " (" + used.get().location() + ")",
                        List.of(facts.governanceAt(key + ".ruleset")),
                        evidence));
            } else if (project.rulesetWaiver().isPresent()) {
                outcomes.add(Outcome.pass(
                        project.id() + " uses no OSPO ruleset: "
                                + project.rulesetWaiver().get(),
                        List.of(facts.governanceAt(key + ".rulesetWaiver")),
                        evidence));
            } else {
                outcomes.add(Outcome.fail(
                        project.id() + " names none of the OSPO's rulesets (" + String.join(", ", offered)
                                + ") and gives no rulesetWaiver",
                        List.of(facts.governanceAt(key)),
                        evidence));
            }
        }
        return outcomes;
    }
}
