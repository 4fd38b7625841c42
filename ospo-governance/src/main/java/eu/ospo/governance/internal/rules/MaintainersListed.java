package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.internal.rules.RepositoryView.Listed;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.Contact;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Project;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** CO-MAINTAINERS-LISTED: the maintainers under agreement and the people in CODEOWNERS/MAINTAINERS are the same. */
final class MaintainersListed extends RuleDefinition {

    MaintainersListed() {
        super(
                "CO-MAINTAINERS-LISTED",
                Severity.WARNING,
                Anchors.CLOMONITOR_MAINTAINERS,
                "Every maintainer named by an agreement active on the evaluation date (on the project publiccode.yml"
                        + " describes, else on any project) appears in CODEOWNERS or MAINTAINERS (by forge handle or"
                        + " e-mail), and every individual CODEOWNERS or MAINTAINERS lists as active is such a"
                        + " maintainer.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        RepositoryFiles repository = files.get();
        List<Listed> listed = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        repository.codeOwners().filter(f -> f.model().isPresent()).ifPresent(f -> {
            listed.addAll(RepositoryView.codeOwners(f));
            sources.add(f.path());
        });
        repository.maintainers().filter(f -> f.model().isPresent()).ifPresent(f -> {
            listed.addAll(RepositoryView.maintainers(f, f.model().orElseThrow().people(), repository.forge()));
            sources.add(f.path());
        });
        if (sources.isEmpty()) {
            return List.of(Outcome.notApplicable("the repository has no CODEOWNERS or MAINTAINERS file"));
        }
        List<Indexed<MaintainerAgreement>> active = new ArrayList<>();
        Optional<String> project = facts.link().map(l -> l.project().value().id());
        for (Indexed<Project> candidate : facts.projects()) {
            if (project.isEmpty() || project.get().equals(candidate.value().id())) {
                active.addAll(facts.activeOn(candidate.value().id()));
            }
        }
        Set<String> underAgreement = new TreeSet<>();
        active.forEach(a -> underAgreement.addAll(a.value().maintainers()));
        Set<String> inFiles = new LinkedHashSet<>();
        List<String> notUnderAgreement = new ArrayList<>();
        List<Location> failing = new ArrayList<>();
        for (Listed person : listed) {
            Optional<Contact> contact = RepositoryView.contactOf(facts, person).map(Indexed::value);
            if (contact.isPresent() && underAgreement.contains(contact.get().id())) {
                inFiles.add(contact.get().id());
            } else {
                notUnderAgreement.add(person.label());
                failing.add(person.location());
            }
        }
        List<String> missing =
                underAgreement.stream().filter(id -> !inFiles.contains(id)).toList();
        for (String id : missing) {
            facts.contact(id).ifPresent(c -> failing.add(facts.governanceAt(Keys.contact(c.index()))));
        }
        var evidence = Evidence.of()
                .with("files", sources)
                .with("project", project.orElse(""))
                .with("maintainersUnderAgreement", List.copyOf(underAgreement))
                .with("missingFromFiles", missing)
                .with("notUnderAgreement", notUnderAgreement)
                .map();
        if (missing.isEmpty() && notUnderAgreement.isEmpty()) {
            return List.of(Outcome.pass(
                    String.join(" and ", sources) + " list exactly the " + underAgreement.size()
                            + " maintainer(s) under active agreements",
                    sources.stream().map(p -> RepositoryView.at(p, 0, 0)).toList(),
                    evidence));
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("maintainer(s) under agreement missing from " + String.join(" and ", sources) + ": "
                    + String.join(", ", missing));
        }
        if (!notUnderAgreement.isEmpty()) {
            parts.add("listed but not maintainers under an active agreement: " + String.join(", ", notUnderAgreement));
        }
        return List.of(Outcome.fail(String.join("; ", parts), failing, evidence));
    }
}
