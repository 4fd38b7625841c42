package eu.ospo.governance.internal.read;

import eu.ospo.governance.internal.read.Fields.Presence;
import eu.ospo.governance.internal.read.References.Kind;
import eu.ospo.model.DecisionBody;
import eu.ospo.model.DecisionMaking;
import eu.ospo.model.Quorum;
import eu.ospo.model.QuorumType;
import eu.ospo.model.Seat;
import eu.ospo.model.VotingRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code decisionMaking}: its bodies, their seats and quorums. */
final class DecisionMakingReader {

    private DecisionMakingReader() {}

    static Optional<DecisionMaking> read(Fields fields) {
        List<DecisionBody> bodies = new ArrayList<>();
        for (Fields item : fields.items("bodies", Presence.OPTIONAL)) {
            body(item).ifPresent(bodies::add);
        }
        Optional<VotingRule> governanceChange = fields.keyword("governanceChange", VotingRule.class, Presence.OPTIONAL);
        fields.finish();
        return Optional.of(new DecisionMaking(bodies, governanceChange));
    }

    private static Optional<DecisionBody> body(Fields fields) {
        Optional<String> id = fields.id(Kind.DECISION_BODY, false);
        Optional<String> name = fields.string("name", Presence.REQUIRED);
        Optional<String> purpose = fields.string("purpose", Presence.REQUIRED);
        List<Seat> seats = new ArrayList<>();
        for (Fields item : fields.items("seats", Presence.REQUIRED)) {
            seat(item).ifPresent(seats::add);
        }
        Optional<Integer> maxSeats = Numbers.integer(fields, "maxSeatsPerOrganisation", Presence.OPTIONAL, 1);
        Optional<Quorum> quorum = fields.nested("quorum", Presence.REQUIRED, DecisionMakingReader::quorum);
        Optional<VotingRule> votingRule = fields.keyword("votingRule", VotingRule.class, Presence.REQUIRED);
        Optional<Integer> votingPeriodDays = Numbers.integer(fields, "votingPeriodDays", Presence.OPTIONAL, 1);
        Optional<Integer> termMonths = Numbers.integer(fields, "termMonths", Presence.OPTIONAL, 1);
        fields.finish();
        if (id.isEmpty() || name.isEmpty() || purpose.isEmpty() || quorum.isEmpty() || votingRule.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DecisionBody(
                id.get(),
                name.get(),
                purpose.get(),
                seats,
                maxSeats.orElse(DecisionBody.DEFAULT_MAX_SEATS_PER_ORGANISATION),
                quorum.get(),
                votingRule.get(),
                votingPeriodDays,
                termMonths));
    }

    private static Optional<Seat> seat(Fields fields) {
        Optional<String> organisation = fields.reference("organisation", Kind.ORGANISATION, Presence.REQUIRED);
        Optional<String> contact = fields.reference("contact", Kind.CONTACT, Presence.OPTIONAL);
        fields.finish();
        return organisation.map(id -> new Seat(id, contact));
    }

    private static Optional<Quorum> quorum(Fields fields) {
        Optional<QuorumType> type = fields.keyword("type", QuorumType.class, Presence.REQUIRED);
        Optional<BigDecimal> value = Numbers.decimal(fields, "value", Presence.REQUIRED);
        fields.finish();
        if (type.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal number = value.get();
        boolean valid = switch (type.get()) {
            case FRACTION -> number.signum() > 0 && number.compareTo(BigDecimal.ONE) <= 0;
            case COUNT -> number.signum() > 0 && number.stripTrailingZeros().scale() <= 0;
        };
        if (!valid) {
            fields.error(
                    Codes.RANGE,
                    "value",
                    type.get() == QuorumType.FRACTION
                            ? "a fraction quorum must be greater than 0 and at most 1"
                            : "a count quorum must be a whole number of at least 1",
                    "value",
                    number.toString());
            return Optional.empty();
        }
        return Optional.of(new Quorum(type.get(), number));
    }
}
