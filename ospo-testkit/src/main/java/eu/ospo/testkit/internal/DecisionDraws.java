package eu.ospo.testkit.internal;

import eu.ospo.model.DecisionBody;
import eu.ospo.model.DecisionMaking;
import eu.ospo.model.Quorum;
import eu.ospo.model.QuorumType;
import eu.ospo.model.Seat;
import eu.ospo.model.VotingRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws decision bodies whose seats belong to given organisations (and, when a seat names a
 * contact, to a contact of that organisation) and whose quorum the seats can reach.
 */
public final class DecisionDraws {

    private static final List<String[]> BODIES = List.of(
            new String[] {"steeringCommittee", "Steering committee", "roadmap, budget, membership"},
            new String[] {"technicalCommittee", "Technical committee", "architecture, releases"},
            new String[] {"securityBoard", "Security board", "vulnerability handling"});

    private DecisionDraws() {}

    /**
     * Decision making with one to three bodies.
     *
     * @param draw the source
     * @param contactsBySeatHolder for each organisation that may hold seats, its contacts' ids
     * @return the decision making
     */
    public static DecisionMaking decisionMaking(Draw draw, Map<String, List<String>> contactsBySeatHolder) {
        List<DecisionBody> bodies = new ArrayList<>();
        int count = draw.between(1, BODIES.size());
        for (int i = 0; i < count; i++) {
            bodies.add(body(draw, BODIES.get(i), contactsBySeatHolder));
        }
        return new DecisionMaking(bodies, draw.maybe(60, () -> draw.pick(List.of(VotingRule.values()))));
    }

    /**
     * One body.
     *
     * @param draw the source
     * @param id the body's id
     * @param contactsBySeatHolder for each organisation that may hold seats, its contacts' ids
     * @return the body
     */
    public static DecisionBody body(Draw draw, String id, Map<String, List<String>> contactsBySeatHolder) {
        return body(draw, new String[] {id, "Committee " + id, "decisions about " + id}, contactsBySeatHolder);
    }

    private static DecisionBody body(Draw draw, String[] identity, Map<String, List<String>> contactsBySeatHolder) {
        List<String> holders = List.copyOf(contactsBySeatHolder.keySet());
        int seatCount = draw.between(1, Math.min(7, 2 * holders.size()));
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < seatCount; i++) {
            String organisation = draw.pick(holders);
            List<String> contacts = contactsBySeatHolder.get(organisation);
            Optional<String> contact =
                    contacts.isEmpty() ? Optional.empty() : draw.maybe(70, () -> draw.pick(contacts));
            seats.add(new Seat(organisation, contact));
        }
        return new DecisionBody(
                identity[0],
                identity[1],
                identity[2],
                seats,
                draw.between(1, 2),
                quorum(draw, seatCount),
                draw.pick(List.of(VotingRule.values())),
                draw.maybe(50, () -> draw.between(1, 30)),
                draw.maybe(50, () -> draw.between(6, 48)));
    }

    /**
     * A quorum a body with this many seats can reach: a fraction in (0, 1] with two decimals, or a
     * count from 1 to the number of seats.
     *
     * @param draw the source
     * @param seats the number of seats, at least 1
     * @return the quorum
     */
    public static Quorum quorum(Draw draw, int seats) {
        return draw.chance(70)
                ? new Quorum(QuorumType.FRACTION, draw.decimal(1, 100, 2))
                : new Quorum(QuorumType.COUNT, BigDecimal.valueOf(draw.between(1, seats)));
    }
}
