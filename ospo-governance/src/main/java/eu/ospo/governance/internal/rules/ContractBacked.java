package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.MaintenanceType;
import eu.ospo.model.Organisation;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.Contractor;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * XF-CONTRACT-BACKED: each publiccode.yml contractor is the contractor of an active agreement
 * ending on its {@code until}.
 */
final class ContractBacked extends RuleDefinition {

    ContractBacked() {
        super(
                "XF-CONTRACT-BACKED",
                Severity.ERROR,
                Anchors.PC_CONTRACTOR,
                "If publiccode.yml's maintenance.type is contract, every contractor matches (by name, id or"
                        + " website) an organisation that is the contractor of an active maintenance agreement on the"
                        + " project whose end is the contractor's until (within toleranceDays).",
                ParameterSpec.of(
                        "toleranceDays",
                        "0",
                        ParameterSpec.Kind.WHOLE,
                        "days by which until and the agreement's end may differ"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<Linked> linked = Linked.of(facts);
        if (linked.isEmpty()) {
            return Linked.missing(facts);
        }
        MaintenanceType type = linked.get().publicCode().maintenance().type();
        if (type != MaintenanceType.CONTRACT) {
            return List.of(Outcome.notApplicable("maintenance.type is " + type.value() + ", not contract"));
        }
        List<Contractor> listed = linked.get().publicCode().maintenance().contractors();
        if (listed.isEmpty()) {
            return List.of(Outcome.notApplicable("publiccode.yml lists no contractors (see PC-CONTRACTORS-PRESENCE)"));
        }
        List<Indexed<Contractor>> contractors = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            contractors.add(new Indexed<>(listed.get(i), i));
        }
        contractors.sort(
                Comparator.comparing((Indexed<Contractor> c) -> c.value().name())
                        .thenComparing(c -> c.value().until())
                        .thenComparingInt(Indexed::index));
        int tolerance = parameters.integer("toleranceDays");
        List<Indexed<MaintainerAgreement>> active =
                facts.activeMaintenanceOn(linked.get().projectId());
        List<Outcome> outcomes = new ArrayList<>();
        for (Indexed<Contractor> contractor : contractors) {
            outcomes.add(check(facts, linked.get(), contractor, active, tolerance));
        }
        return outcomes;
    }

    private static Outcome check(
            Facts facts,
            Linked linked,
            Indexed<Contractor> contractor,
            List<Indexed<MaintainerAgreement>> active,
            int tolerance) {
        Contractor value = contractor.value();
        String key = "maintenance.contractors[" + contractor.index() + "]";
        List<Indexed<Organisation>> organisations = facts.directory().byNameOrUri(value.name());
        if (organisations.isEmpty() && value.website().isPresent()) {
            organisations = facts.directory().byUri(value.website().get());
        }
        List<Location> locations = new ArrayList<>();
        locations.add(facts.publiccodeAt(key));
        Evidence evidence = Evidence.of()
                .with("contractor", value.name())
                .with("until", value.until())
                .with("toleranceDays", tolerance);
        if (organisations.isEmpty()) {
            return Outcome.fail(
                    "contractor " + value.name() + " matches no organisation in governance.yml by name, id or website",
                    locations,
                    evidence.with("organisations", List.of()).map());
        }
        Set<String> ids = organisations.stream().map(o -> o.value().id()).collect(Collectors.toSet());
        List<String> idList = organisations.stream().map(o -> o.value().id()).toList();
        evidence.with("organisations", idList);
        List<Indexed<MaintainerAgreement>> backing = active.stream()
                .filter(a -> a.value().contractor().filter(ids::contains).isPresent())
                .toList();
        Map<String, Object> ends = new LinkedHashMap<>();
        backing.forEach(a -> {
            ends.put(a.value().id(), a.value().end().map(LocalDate::toString).orElse(""));
            locations.add(facts.governanceAt(Keys.agreement(a.index()) + ".end"));
        });
        evidence.with("agreements", ends);
        String who = "contractor " + value.name() + " (" + String.join(", ", idList) + ")";
        if (backing.isEmpty()) {
            locations.add(facts.governanceAt(linked.projectKey()));
            return Outcome.fail(
                    who + " is not the contractor of any active maintenance agreement on " + linked.projectId(),
                    locations,
                    evidence.map());
        }
        Optional<Indexed<MaintainerAgreement>> match = backing.stream()
                .filter(a -> a.value().end().isPresent()
                        && Math.abs(ChronoUnit.DAYS.between(a.value().end().get(), value.until())) <= tolerance)
                .findFirst();
        if (match.isPresent()) {
            return Outcome.pass(
                    who + " is backed by agreement " + match.get().value().id() + " ending "
                            + match.get().value().end().orElseThrow(),
                    locations,
                    evidence.map());
        }
        return Outcome.fail(
                who + " has until " + value.until() + ", which is not the end of its active agreement(s) "
                        + describe(ends),
                locations,
                evidence.map());
    }

    private static String describe(Map<String, Object> ends) {
        return ends.entrySet().stream()
                .map(e ->
                        e.getKey() + (e.getValue().toString().isEmpty() ? " (no end)" : " (ends " + e.getValue() + ")"))
                .collect(Collectors.joining(", "));
    }
}
