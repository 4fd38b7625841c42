package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.DecisionBody;
import eu.ospo.model.Organisation;
import eu.ospo.model.Quorum;
import eu.ospo.model.QuorumType;
import eu.ospo.model.Seat;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DEC-BODY-VALID: a decision body can actually decide. */
final class DecisionBodyValid extends RuleDefinition {

    DecisionBodyValid() {
        super(
                "DEC-BODY-VALID",
                Severity.ERROR,
                Anchors.BP_GOVERNANCE,
                "Every decision body can decide: a fraction quorum lies in (0, 1], a count quorum is a whole number"
                        + " from 1 to the number of seats, maxSeatsPerOrganisation is at least 1, and every seat names"
                        + " an organisation that is a member on the evaluation date (and a declared contact, if any).");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        List<Indexed<DecisionBody>> bodies = DecisionBodies.of(facts);
        if (bodies.isEmpty()) {
            return List.of(Outcome.notApplicable("governance.yml declares no decision bodies"));
        }
        List<Outcome> outcomes = new ArrayList<>(bodies.size());
        for (Indexed<DecisionBody> body : bodies) {
            outcomes.add(check(facts, body));
        }
        return outcomes;
    }

    private static Outcome check(Facts facts, Indexed<DecisionBody> indexed) {
        DecisionBody body = indexed.value();
        String key = Keys.body(indexed.index());
        int seats = body.seats().size();
        List<String> defects = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        Quorum quorum = body.quorum();
        BigDecimal value = quorum.value();
        if (quorum.type() == QuorumType.FRACTION) {
            if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
                defects.add("quorum fraction " + Numbers.text(value) + " is not in (0, 1]");
                locations.add(facts.governanceAt(key + ".quorum.value"));
            }
        } else if (value.signum() <= 0 || Numbers.normal(value).scale() > 0) {
            defects.add("quorum count " + Numbers.text(value) + " is not a whole number of at least 1");
            locations.add(facts.governanceAt(key + ".quorum.value"));
        } else if (!quorum.isSatisfiable(seats)) {
            defects.add("quorum of " + Numbers.text(value) + " seats cannot be reached with " + seats + " seat(s)");
            locations.add(facts.governanceAt(key + ".quorum.value"));
        }
        if (body.maxSeatsPerOrganisation() < 1) {
            defects.add("maxSeatsPerOrganisation is " + body.maxSeatsPerOrganisation() + ", less than 1");
            locations.add(facts.governanceAt(key + ".maxSeatsPerOrganisation"));
        }
        if (seats == 0) {
            defects.add("has no seats");
            locations.add(facts.governanceAt(key + ".seats"));
        }
        for (int i = 0; i < seats; i++) {
            Seat seat = body.seats().get(i);
            String seatKey = key + ".seats[" + i + "]";
            Optional<Indexed<Organisation>> organisation = facts.organisation(seat.organisation());
            if (organisation.isEmpty()) {
                defects.add("a seat names unknown organisation " + seat.organisation());
                locations.add(facts.governanceAt(seatKey + ".organisation"));
            } else if (!organisation.get().value().isMemberOn(facts.date())) {
                defects.add("a seat is held by " + seat.organisation() + ", which is not a member on " + facts.date());
                locations.add(facts.governanceAt(seatKey + ".organisation"));
            }
            if (seat.contact().isPresent()
                    && facts.contact(seat.contact().get()).isEmpty()) {
                defects.add("a seat names unknown contact " + seat.contact().get());
                locations.add(facts.governanceAt(seatKey + ".contact"));
            }
        }
        defects.sort(null);
        var evidence = Evidence.of()
                .with("body", body.id())
                .with("seats", seats)
                .with("quorum", Evidence.ordered("type", quorum.type().value(), "value", value))
                .with("requiredSeats", quorum.requiredSeats(seats))
                .with("votingRule", body.votingRule().value())
                .with("defects", defects)
                .map();
        if (defects.isEmpty()) {
            return Outcome.pass(
                    "decision body " + body.id() + " has " + seats + " seat(s) held by members and a quorum of "
                            + Numbers.text(quorum.requiredSeats(seats)) + " it can reach",
                    List.of(facts.governanceAt(key)),
                    evidence);
        }
        return Outcome.fail("decision body " + body.id() + ": " + String.join("; ", defects), locations, evidence);
    }
}
