package eu.ospo.model;

/** How a quorum's value is read ({@code quorum.type}). */
public enum QuorumType implements Keyword {
    /** {@code fraction}: a fraction of the seats, in (0, 1]. */
    FRACTION("fraction"),
    /** {@code count}: a number of seats, a positive integer. */
    COUNT("count");

    private final String value;

    QuorumType(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
