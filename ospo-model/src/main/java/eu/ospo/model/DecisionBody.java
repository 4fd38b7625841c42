package eu.ospo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A body that takes decisions for the community ({@code decisionMaking.bodies[]}), such as a
 * steering committee.
 *
 * @param id local id, for example {@code steeringCommittee}
 * @param name the body's name
 * @param purpose what it decides on
 * @param seats its seats; at least one
 * @param maxSeatsPerOrganisation the most seats one organisation may hold; {@value
 *     #DEFAULT_MAX_SEATS_PER_ORGANISATION} when the file does not say
 * @param quorum how many seats must take part
 * @param votingRule how it decides
 * @param votingPeriodDays how long a vote stays open
 * @param termMonths how long a seat is held
 */
public record DecisionBody(
        @NotBlank String id,
        @NotBlank String name,
        @NotBlank String purpose,
        @NotEmpty List<@Valid Seat> seats,
        @Positive int maxSeatsPerOrganisation,
        @Valid Quorum quorum,
        VotingRule votingRule,
        Optional<@Positive Integer> votingPeriodDays,
        Optional<@Positive Integer> termMonths) {

    /** The seat limit per organisation when governance.yml gives none. */
    public static final int DEFAULT_MAX_SEATS_PER_ORGANISATION = 1;

    /** Checks for nulls and copies the list. */
    public DecisionBody {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(purpose, "purpose");
        seats = List.copyOf(seats);
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(votingRule, "votingRule");
        Objects.requireNonNull(votingPeriodDays, "votingPeriodDays");
        Objects.requireNonNull(termMonths, "termMonths");
    }

    /**
     * The number of seats each organisation holds.
     *
     * @return seats by organisation id, sorted by id
     */
    public Map<String, Integer> seatsByOrganisation() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Seat seat : seats) {
            counts.merge(seat.organisation(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The organisations holding more than {@link #maxSeatsPerOrganisation()} seats.
     *
     * @return their ids, sorted
     */
    public List<String> organisationsOverSeatLimit() {
        return seatsByOrganisation().entrySet().stream()
                .filter(e -> e.getValue() > maxSeatsPerOrganisation)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Whether the quorum can be reached with this body's seats.
     *
     * @return true if {@link Quorum#isSatisfiable(int)} for the number of seats
     */
    public boolean hasSatisfiableQuorum() {
        return quorum.isSatisfiable(seats.size());
    }
}
