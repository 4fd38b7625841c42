package eu.ospo.model;

/** The unit of a commitment's amount ({@code commitment.unit}). */
public enum CommitmentUnit implements Keyword {
    /** {@code fte}: full-time equivalents: a share of one person's working year, without a {@code per}. */
    FTE("fte"),
    /** {@code hours}: hours, counted {@link Per per} week, month, quarter or year. */
    HOURS("hours");

    private final String value;

    CommitmentUnit(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
