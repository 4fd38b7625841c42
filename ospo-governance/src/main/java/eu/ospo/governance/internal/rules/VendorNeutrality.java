package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.DecisionBody;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** DEC-NEUTRALITY: no organisation dominates a decision body. */
final class VendorNeutrality extends RuleDefinition {

    VendorNeutrality() {
        super(
                "DEC-NEUTRALITY",
                Severity.WARNING,
                Anchors.CNCF_VENDOR_NEUTRALITY,
                "In every decision body no organisation holds more seats than the smaller of the body's own"
                        + " maxSeatsPerOrganisation and this rule's, and the seats span at least minOrganisations"
                        + " organisations.",
                ParameterSpec.of(
                        "maxSeatsPerOrganisation",
                        "1",
                        ParameterSpec.Kind.POSITIVE_WHOLE,
                        "the most seats one organisation may hold in a body"),
                ParameterSpec.of(
                        "minOrganisations",
                        "2",
                        ParameterSpec.Kind.POSITIVE_WHOLE,
                        "distinct organisations a body's seats must span"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        List<Indexed<DecisionBody>> bodies = DecisionBodies.of(facts);
        if (bodies.isEmpty()) {
            return List.of(Outcome.notApplicable("governance.yml declares no decision bodies"));
        }
        int maxSeats = parameters.integer("maxSeatsPerOrganisation");
        int minOrganisations = parameters.integer("minOrganisations");
        List<Outcome> outcomes = new ArrayList<>(bodies.size());
        for (Indexed<DecisionBody> indexed : bodies) {
            DecisionBody body = indexed.value();
            String key = Keys.body(indexed.index());
            int limit = Math.min(maxSeats, body.maxSeatsPerOrganisation());
            Map<String, Integer> seats = body.seatsByOrganisation();
            List<String> over = seats.entrySet().stream()
                    .filter(e -> e.getValue() > limit)
                    .map(e -> e.getKey() + " holds " + e.getValue())
                    .toList();
            List<String> defects = new ArrayList<>();
            List<Location> locations = new ArrayList<>();
            if (!over.isEmpty()) {
                defects.add(String.join(", ", over) + " seats, more than " + limit);
                locations.add(facts.governanceAt(key + ".seats"));
            }
            if (seats.size() < minOrganisations) {
                defects.add("its seats span " + seats.size() + " organisation(s), fewer than " + minOrganisations);
                locations.add(facts.governanceAt(key + ".seats"));
            }
            var evidence = Evidence.of()
                    .with("body", body.id())
                    .with("seatsByOrganisation", seats)
                    .with("seatLimit", limit)
                    .with("organisations", seats.size())
                    .with("minOrganisations", minOrganisations)
                    .map();
            if (defects.isEmpty()) {
                outcomes.add(Outcome.pass(
                        "decision body " + body.id() + " spans " + seats.size() + " organisations, none holding more"
                                + " than " + limit + " seat(s)",
                        List.of(facts.governanceAt(key)),
                        evidence));
            } else {
                outcomes.add(Outcome.fail(
                        "decision body " + body.id() + ": " + String.join("; ", defects),
                        List.copyOf(new java.util.LinkedHashSet<>(locations)),
                        evidence));
            }
        }
        return outcomes;
    }
}
