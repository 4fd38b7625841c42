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
import java.util.function.Consumer;

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

    /**
     * A copy with {@code id} replaced; every other component is kept.
     *
     * @param id local id, for example {@code steeringCommittee}
     * @return the copy
     */
    public DecisionBody withId(String id) {
        return copy(c -> c.id = id);
    }

    /**
     * A copy with {@code name} replaced; every other component is kept.
     *
     * @param name the body's name
     * @return the copy
     */
    public DecisionBody withName(String name) {
        return copy(c -> c.name = name);
    }

    /**
     * A copy with {@code purpose} replaced; every other component is kept.
     *
     * @param purpose what it decides on
     * @return the copy
     */
    public DecisionBody withPurpose(String purpose) {
        return copy(c -> c.purpose = purpose);
    }

    /**
     * A copy with {@code seats} replaced; every other component is kept.
     *
     * @param seats its seats; at least one
     * @return the copy
     */
    public DecisionBody withSeats(List<Seat> seats) {
        return copy(c -> c.seats = seats);
    }

    /**
     * A copy with {@code maxSeatsPerOrganisation} replaced; every other component is kept.
     *
     * @param maxSeatsPerOrganisation the most seats one organisation may hold; {@value #DEFAULT_MAX_SEATS_PER_ORGANISATION} when the file does not say
     * @return the copy
     */
    public DecisionBody withMaxSeatsPerOrganisation(int maxSeatsPerOrganisation) {
        return copy(c -> c.maxSeatsPerOrganisation = maxSeatsPerOrganisation);
    }

    /**
     * A copy with {@code quorum} replaced; every other component is kept.
     *
     * @param quorum how many seats must take part
     * @return the copy
     */
    public DecisionBody withQuorum(Quorum quorum) {
        return copy(c -> c.quorum = quorum);
    }

    /**
     * A copy with {@code votingRule} replaced; every other component is kept.
     *
     * @param votingRule how it decides
     * @return the copy
     */
    public DecisionBody withVotingRule(VotingRule votingRule) {
        return copy(c -> c.votingRule = votingRule);
    }

    /**
     * A copy with {@code votingPeriodDays} replaced; every other component is kept.
     *
     * @param votingPeriodDays how long a vote stays open
     * @return the copy
     */
    public DecisionBody withVotingPeriodDays(Optional<Integer> votingPeriodDays) {
        return copy(c -> c.votingPeriodDays = votingPeriodDays);
    }

    /**
     * A copy with {@code termMonths} replaced; every other component is kept.
     *
     * @param termMonths how long a seat is held
     * @return the copy
     */
    public DecisionBody withTermMonths(Optional<Integer> termMonths) {
        return copy(c -> c.termMonths = termMonths);
    }

    private DecisionBody copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The components of a record being copied; each wither changes one. */
    private static final class Copy {
        private String id;
        private String name;
        private String purpose;
        private List<Seat> seats;
        private int maxSeatsPerOrganisation;
        private Quorum quorum;
        private VotingRule votingRule;
        private Optional<Integer> votingPeriodDays;
        private Optional<Integer> termMonths;

        Copy(DecisionBody r) {
            id = r.id;
            name = r.name;
            purpose = r.purpose;
            seats = r.seats;
            maxSeatsPerOrganisation = r.maxSeatsPerOrganisation;
            quorum = r.quorum;
            votingRule = r.votingRule;
            votingPeriodDays = r.votingPeriodDays;
            termMonths = r.termMonths;
        }

        DecisionBody build() {
            return new DecisionBody(
                    id,
                    name,
                    purpose,
                    seats,
                    maxSeatsPerOrganisation,
                    quorum,
                    votingRule,
                    votingPeriodDays,
                    termMonths);
        }
    }
}
