package eu.ospo.testkit;

import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.RuleContext;
import eu.ospo.model.Governance;
import eu.ospo.model.MaintenanceType;
import eu.ospo.publiccode.model.PublicCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * What the rules engine evaluates: a generated community, perhaps a publiccode.yml linked to one of
 * its projects, and an evaluation date.
 *
 * @param governance the community
 * @param publicCode the linked publiccode.yml, if any
 * @param day the evaluation date
 */
record Scenario(Governance governance, Optional<PublicCode> publicCode, LocalDate day) {

    static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    static final LocalDate LAST = LocalDate.of(2031, 12, 31);

    /** Communities with enough agreements for the diversity and capacity rules to vary. */
    static final Gen<Governance> COMMUNITIES = Communities.builder()
            .organisations(1, 6)
            .projectsPerOrganisation(0, 1)
            .agreementsPerOrganisation(0, 4)
            .build();

    static Gen<Scenario> scenarios() {
        return scenarios(COMMUNITIES);
    }

    static Gen<Scenario> scenarios(Gen<Governance> communities) {
        return in -> {
            Governance g = communities.generate(in);
            LocalDate day = Dates.between(FIRST, LAST).generate(in);
            Optional<PublicCode> publicCode = Optional.empty();
            if (Generate.range(0, 9).generate(in) < 7) {
                String repository = Generate.pick(g.projects()).generate(in).repository();
                MaintenanceType type =
                        Generate.enumValues(MaintenanceType.class).generate(in);
                LocalDate until = Dates.between(FIRST, LAST).generate(in);
                publicCode = Optional.of(PublicCodes.of(repository, type, until));
            }
            return new Scenario(g, publicCode, day);
        };
    }

    Scenario with(Governance other) {
        return new Scenario(other, publicCode, day);
    }

    Scenario on(LocalDate other) {
        return new Scenario(governance, publicCode, other);
    }

    RuleContext context() {
        return RuleContext.of(governance, publicCode, day);
    }

    Evaluation evaluate(GovernanceRules engine) {
        return engine.evaluate(context());
    }

    Evaluation evaluate() {
        return evaluate(GovernanceRules.defaults());
    }

    @Override
    public String toString() {
        return "on " + day + " with "
                + publicCode
                        .map(p -> p.maintenance().type().value() + " publiccode.yml for " + p.url())
                        .orElse("no publiccode.yml")
                + ": " + governance;
    }

    static List<String> ruleIds() {
        return GovernanceRules.defaultRules().stream().map(r -> r.id()).toList();
    }
}
