package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.Organisation;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.MaintenanceContact;
import eu.ospo.publiccode.model.PublicCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** XF-ORG-RESOLVES: the organisations publiccode.yml mentions are declared in governance.yml. */
final class OrganisationsResolve extends RuleDefinition {

    /** One organisation reference in publiccode.yml. */
    private record Reference(int order, String what, String value, String key, boolean byName) {}

    OrganisationsResolve() {
        super(
                "XF-ORG-RESOLVES",
                Severity.WARNING,
                Anchors.PC_FUNDED_BY,
                "publiccode.yml's organisation.uri, fundedBy[].uri and maintenance.contacts[].affiliation each"
                        + " resolve to an organisation of governance.yml (by uri or identifier; affiliations also by"
                        + " name or id).");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        if (facts.publicCode().isEmpty()) {
            return List.of(Outcome.notApplicable("there is no publiccode.yml to compare with"));
        }
        PublicCode publicCode = facts.publicCode().get();
        List<Reference> references = new ArrayList<>();
        publicCode
                .organisation()
                .ifPresent(o -> references.add(new Reference(0, "organisation", o.uri(), "organisation.uri", false)));
        for (int i = 0; i < publicCode.fundedBy().size(); i++) {
            references.add(
                    new Reference(1, "funder", publicCode.fundedBy().get(i).uri(), "fundedBy[" + i + "].uri", false));
        }
        List<MaintenanceContact> contacts = publicCode.maintenance().contacts();
        for (int i = 0; i < contacts.size(); i++) {
            int index = i;
            contacts.get(i)
                    .affiliation()
                    .ifPresent(a -> references.add(new Reference(
                            2, "affiliation", a, "maintenance.contacts[" + index + "].affiliation", true)));
        }
        if (references.isEmpty()) {
            return List.of(
                    Outcome.notApplicable("publiccode.yml names no organisation, funder or contact affiliation"));
        }
        references.sort(Comparator.comparingInt(Reference::order)
                .thenComparing(Reference::value)
                .thenComparing(Reference::key));
        List<Outcome> outcomes = new ArrayList<>(references.size());
        for (Reference reference : references) {
            List<Indexed<Organisation>> found = reference.byName()
                    ? facts.directory().byNameOrUri(reference.value())
                    : facts.directory().byUri(reference.value());
            List<String> ids = found.stream().map(o -> o.value().id()).toList();
            var evidence = Evidence.of()
                    .with("reference", reference.what())
                    .with("value", reference.value())
                    .with("organisations", ids)
                    .map();
            var locations = List.of(facts.publiccodeAt(reference.key()));
            outcomes.add(
                    ids.isEmpty()
                            ? Outcome.fail(
                                    reference.what() + " " + reference.value()
                                            + " matches no organisation in governance.yml",
                                    locations,
                                    evidence)
                            : Outcome.pass(
                                    reference.what() + " " + reference.value() + " is organisation "
                                            + String.join(", ", ids),
                                    locations,
                                    evidence));
        }
        return outcomes;
    }
}
