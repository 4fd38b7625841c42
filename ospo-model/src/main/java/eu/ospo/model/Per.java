package eu.ospo.model;

/**
 * The period an amount of hours is counted over ({@code commitment.per}). A year counts exactly 52
 * weeks, 12 months or 4 quarters.
 */
public enum Per implements Keyword {
    /** {@code week}: 52 per year. */
    WEEK("week", 52),
    /** {@code month}: 12 per year. */
    MONTH("month", 12),
    /** {@code quarter}: 4 per year. */
    QUARTER("quarter", 4),
    /** {@code year}: 1 per year. */
    YEAR("year", 1);

    private final String value;
    private final int perYear;

    Per(String value, int perYear) {
        this.value = value;
        this.perYear = perYear;
    }

    @Override
    public String value() {
        return value;
    }

    /**
     * How many of these periods make a year.
     *
     * @return 52, 12, 4 or 1
     */
    public int perYear() {
        return perYear;
    }
}
