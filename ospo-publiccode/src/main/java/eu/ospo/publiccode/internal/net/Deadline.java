package eu.ospo.publiccode.internal.net;

import java.time.Duration;

/**
 * The moment the checks of one file must be done by ({@link System#nanoTime} based). Immutable.
 *
 * @param budget the whole budget, for messages
 * @param endNanos when it ends
 */
public record Deadline(Duration budget, long endNanos) {

    /**
     * A deadline the given budget from now.
     *
     * @param budget the budget
     * @return the deadline
     */
    public static Deadline in(Duration budget) {
        return new Deadline(budget, System.nanoTime() + budget.toNanos());
    }

    /** Time left, never negative. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** Whether the time is up. */
    public boolean passed() {
        return endNanos - System.nanoTime() <= 0;
    }

    /** The shorter of a timeout and the time left, in milliseconds, at least 1. */
    int millis(Duration timeout) {
        long left = remaining().toMillis();
        return (int) Math.max(1, Math.min(Math.min(timeout.toMillis(), left), Integer.MAX_VALUE));
    }

    /** Whether a wait of the given timeout is cut short by this deadline. */
    boolean cuts(Duration timeout) {
        return remaining().compareTo(timeout) < 0;
    }

    /** "the time budget of 30 s for this file ran out". */
    String exhausted() {
        return "the time budget of " + Durations.text(budget) + " for this file ran out";
    }
}
