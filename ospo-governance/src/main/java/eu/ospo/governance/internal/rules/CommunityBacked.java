package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.MaintenanceType;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** XF-COMMUNITY-BACKED: community maintenance is backed by active agreements of several organisations. */
final class CommunityBacked extends RuleDefinition {

    CommunityBacked() {
        super(
                "XF-COMMUNITY-BACKED",
                Severity.ERROR,
                Anchors.BP_CONTRIBUTORS_UNASSOCIATED,
                "If publiccode.yml's maintenance.type is community, at least minOrganisations distinct"
                        + " organisations are providers of maintenance agreements on the project that are active"
                        + " on the evaluation date (signed, start <= date <= end).",
                ParameterSpec.of(
                        "minOrganisations",
                        "2",
                        ParameterSpec.Kind.POSITIVE_WHOLE,
                        "distinct providers of active maintenance agreements required"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<Linked> linked = Linked.of(facts);
        if (linked.isEmpty()) {
            return Linked.missing(facts);
        }
        MaintenanceType type = linked.get().publicCode().maintenance().type();
        if (type != MaintenanceType.COMMUNITY) {
            return List.of(Outcome.notApplicable("maintenance.type is " + type.value() + ", not community"));
        }
        int required = parameters.integer("minOrganisations");
        String project = linked.get().projectId();
        TreeSet<String> providers = new TreeSet<>();
        List<String> agreementIds = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        locations.add(facts.publiccodeAt("maintenance.type"));
        locations.add(facts.governanceAt(linked.get().projectKey()));
        for (Indexed<MaintainerAgreement> agreement : facts.activeMaintenanceOn(project)) {
            providers.add(agreement.value().provider());
            agreementIds.add(agreement.value().id());
            locations.add(facts.governanceAt(Keys.agreement(agreement.index())));
        }
        var evidence = Evidence.of()
                .with("project", project)
                .with("organisations", List.copyOf(providers))
                .with("count", providers.size())
                .with("minOrganisations", required)
                .with("agreements", agreementIds)
                .map();
        String who = providers.isEmpty() ? "" : " (" + String.join(", ", providers) + ")";
        String message = providers.size() + " organisation(s) hold active maintenance agreements on " + project + who
                + "; community maintenance needs at least " + required;
        return List.of(
                providers.size() >= required
                        ? Outcome.pass(message, locations, evidence)
                        : Outcome.fail(message, locations, evidence));
    }
}
