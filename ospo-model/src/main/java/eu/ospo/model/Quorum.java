package eu.ospo.model;

import eu.ospo.model.validation.WellFormedQuorum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How many seats must take part for a decision body to decide ({@code quorum}).
 *
 * @param type whether {@code value} is a fraction of the seats or a count
 * @param value a fraction in (0, 1], or a whole number of at least 1
 */
@WellFormedQuorum
public record Quorum(QuorumType type, BigDecimal value) {

    /** Checks for nulls. */
    public Quorum {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /**
     * The number of seats that must take part: {@code ⌈value × seats⌉} for a fraction, {@code value}
     * for a count.
     *
     * @param seats the number of seats of the body
     * @return the seats needed
     */
    public BigDecimal requiredSeats(int seats) {
        return switch (type) {
            case FRACTION -> value.multiply(BigDecimal.valueOf(seats)).setScale(0, RoundingMode.CEILING);
            case COUNT -> value;
        };
    }

    /**
     * Whether a body with this many seats can reach the quorum at all.
     *
     * @param seats the number of seats
     * @return true if {@link #requiredSeats(int)} is at most {@code seats}
     */
    public boolean isSatisfiable(int seats) {
        return requiredSeats(seats).compareTo(BigDecimal.valueOf(seats)) <= 0;
    }

    /**
     * Whether the quorum is reached.
     *
     * @param present the seats taking part
     * @param seats the number of seats of the body
     * @return true if {@code present >= requiredSeats(seats)}
     */
    public boolean isMetBy(int present, int seats) {
        return BigDecimal.valueOf(present).compareTo(requiredSeats(seats)) >= 0;
    }
}
