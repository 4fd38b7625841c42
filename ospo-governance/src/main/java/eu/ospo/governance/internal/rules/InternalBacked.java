package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.MaintenanceType;
import eu.ospo.model.Organisation;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.PublicCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** XF-INTERNAL-BACKED: internal maintenance is backed by an active agreement of the owning organisation. */
final class InternalBacked extends RuleDefinition {

    InternalBacked() {
        super(
                "XF-INTERNAL-BACKED",
                Severity.WARNING,
                Anchors.PC_MAINTENANCE_TYPE,
                "If publiccode.yml's maintenance.type is internal, the organisation publiccode.yml names (by"
                        + " organisation.uri) is the provider of an active maintenance agreement on the project.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<Linked> linked = Linked.of(facts);
        if (linked.isEmpty()) {
            return Linked.missing(facts);
        }
        PublicCode publicCode = linked.get().publicCode();
        MaintenanceType type = publicCode.maintenance().type();
        if (type != MaintenanceType.INTERNAL) {
            return List.of(Outcome.notApplicable("maintenance.type is " + type.value() + ", not internal"));
        }
        String project = linked.get().projectId();
        if (publicCode.organisation().isEmpty()) {
            return List.of(Outcome.fail(
                    "maintenance.type is internal but publiccode.yml names no organisation to check against"
                            + " governance.yml",
                    List.of(facts.publiccodeAt("maintenance.type")),
                    Evidence.of().with("project", project).map()));
        }
        String uri = publicCode.organisation().get().uri();
        List<Indexed<Organisation>> organisations = facts.directory().byUri(uri);
        List<String> ids = organisations.stream().map(o -> o.value().id()).toList();
        var evidence = Evidence.of()
                .with("project", project)
                .with("organisationUri", uri)
                .with("organisations", ids);
        if (organisations.isEmpty()) {
            return List.of(Outcome.fail(
                    "publiccode.yml's organisation " + uri + " matches no organisation in governance.yml",
                    List.of(facts.publiccodeAt("organisation.uri")),
                    evidence.with("agreements", List.of()).map()));
        }
        Set<String> idSet = Set.copyOf(ids);
        List<Indexed<MaintainerAgreement>> backing = facts.activeMaintenanceOn(project).stream()
                .filter(a -> idSet.contains(a.value().provider()))
                .toList();
        evidence.with("agreements", backing.stream().map(a -> a.value().id()).toList());
        String owner = String.join(", ", ids);
        if (backing.isEmpty()) {
            return List.of(Outcome.fail(
                    owner + " maintains " + project + " internally but provides no active maintenance agreement on it",
                    List.of(
                            facts.publiccodeAt("organisation.uri"),
                            facts.governanceAt(linked.get().projectKey())),
                    evidence.map()));
        }
        return List.of(Outcome.pass(
                owner + " provides active maintenance agreement(s) "
                        + backing.stream().map(a -> a.value().id()).collect(Collectors.joining(", ")) + " on "
                        + project,
                List.of(
                        facts.publiccodeAt("organisation.uri"),
                        facts.governanceAt(Keys.agreement(backing.get(0).index()))),
                evidence.map()));
    }
}
