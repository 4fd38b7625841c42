package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.ContactRole;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Project;
import eu.ospo.model.Responsibility;
import eu.ospo.problem.Severity;
import java.util.List;
import java.util.Optional;

/** AGR-SECURITY-RESPONSE: someone is committed to handle vulnerability reports, and named. */
final class SecurityResponse extends RuleDefinition {

    SecurityResponse() {
        super(
                "AGR-SECURITY-RESPONSE",
                Severity.ERROR,
                Anchors.SFPC_CONTRIBUTING_EASY,
                "For every project whose maintenance type is not none, some agreement active on the evaluation"
                        + " date includes the securityResponse responsibility and names among its maintainers a"
                        + " contact with the securityContact role.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        return MaintainedProjects.each(facts, project -> check(facts, project));
    }

    private static Outcome check(Facts facts, Indexed<Project> project) {
        String id = project.value().id();
        List<Indexed<MaintainerAgreement>> responsible = facts.activeOn(id).stream()
                .filter(a -> a.value().covers(Responsibility.SECURITY_RESPONSE))
                .toList();
        for (Indexed<MaintainerAgreement> agreement : responsible) {
            Optional<String> contact = agreement.value().maintainers().stream()
                    .sorted()
                    .filter(m -> facts.contact(m)
                            .map(Indexed::value)
                            .filter(c -> c.hasRole(ContactRole.SECURITY_CONTACT))
                            .isPresent())
                    .findFirst();
            if (contact.isPresent()) {
                return Outcome.pass(
                        "agreement " + agreement.value().id() + " covers security response on " + id
                                + " with security contact " + contact.get(),
                        List.of(facts.governanceAt(Keys.agreement(agreement.index()) + ".responsibilities")),
                        Evidence.of()
                                .with("project", id)
                                .with("agreement", agreement.value().id())
                                .with("securityContact", contact.get())
                                .map());
            }
        }
        var evidence = Evidence.of()
                .with("project", id)
                .with(
                        "agreementsWithSecurityResponse",
                        responsible.stream().map(a -> a.value().id()).toList())
                .map();
        if (responsible.isEmpty()) {
            return Outcome.fail(
                    "no active agreement on " + id + " includes the securityResponse responsibility",
                    List.of(facts.governanceAt(Keys.project(project.index()))),
                    evidence);
        }
        return Outcome.fail(
                "active agreement(s) on " + id + " include securityResponse but none names a maintainer with the"
                        + " securityContact role",
                responsible.stream()
                        .map(a -> facts.governanceAt(Keys.agreement(a.index()) + ".maintainers"))
                        .toList(),
                evidence);
    }
}
