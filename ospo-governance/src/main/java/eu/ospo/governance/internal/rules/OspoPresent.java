package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.OpenSourceProgramOffice;
import eu.ospo.model.Organisation;
import eu.ospo.model.OrganisationRole;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** OSPO-PRESENT: the community names its OSPO, run by a current member with the ospo role, and its contact. */
final class OspoPresent extends RuleDefinition {

    OspoPresent() {
        super(
                "OSPO-PRESENT",
                Severity.WARNING,
                Anchors.TODO_OSPO_DEFINITION,
                "governance.yml (0.2 or later) has an ospo section whose organisation has the ospo role and is a"
                        + " member on the evaluation date, and whose contact is declared; an organisation with the"
                        + " ospo role implies such a section.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        if (!facts.declaresTeamsAndOspo()) {
            return List.of(Outcome.notApplicable(
                    "governance.yml " + facts.governance().governanceYmlVersion() + " cannot name an OSPO (0.2 can)"));
        }
        Optional<OpenSourceProgramOffice> ospo = facts.governance().ospo();
        if (ospo.isEmpty()) {
            List<String> withRole = facts.organisations().stream()
                    .map(Indexed::value)
                    .filter(o -> o.hasRole(OrganisationRole.OSPO))
                    .map(Organisation::id)
                    .toList();
            return List.of(Outcome.fail(
                    "governance.yml names no OSPO (the ospo section)"
                            + (withRole.isEmpty()
                                    ? ""
                                    : ", although " + String.join(", ", withRole) + " has the ospo role"),
                    List.of(facts.governanceAt("governanceYmlVersion")),
                    Evidence.of().with("ospoRole", withRole).map()));
        }
        OpenSourceProgramOffice office = ospo.get();
        List<String> defects = new ArrayList<>();
        Optional<Indexed<Organisation>> organisation = facts.organisation(office.organisation());
        if (organisation.isPresent()) {
            Organisation o = organisation.get().value();
            if (!o.hasRole(OrganisationRole.OSPO)) {
                defects.add(o.id() + " does not have the ospo role");
            }
            if (!o.isMemberOn(facts.date())) {
                defects.add(o.id() + " is not a member on " + facts.date());
            }
        } else {
            defects.add("no organisation has the id " + office.organisation());
        }
        if (facts.contact(office.contact()).isEmpty()) {
            defects.add("no contact has the id " + office.contact());
        }
        var evidence = Evidence.of()
                .with("organisation", office.organisation())
                .with("unit", office.unit().orElse(""))
                .with("contact", office.contact())
                .with("rulesets", office.rulesets().size())
                .with("tooling", office.tooling().size())
                .map();
        var locations = List.of(facts.governanceAt("ospo"));
        String who = "the OSPO (" + office.unit().map(u -> u + " of ").orElse("") + office.organisation() + ")";
        if (defects.isEmpty()) {
            return List.of(Outcome.pass(
                    who + " publishes " + office.rulesets().size() + " ruleset"
                            + (office.rulesets().size() == 1 ? "" : "s") + " and "
                            + office.tooling().size() + " tool"
                            + (office.tooling().size() == 1 ? "" : "s") + "; contact " + office.contact(),
                    locations,
                    evidence));
        }
        return List.of(Outcome.fail(who + ": " + String.join("; ", defects), locations, evidence));
    }
}
