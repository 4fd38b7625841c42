package eu.ospo.model.measure;

/**
 * A band of tenure lengths, for the distribution of {@link TenureDistribution#bands()}. Months are
 * {@link Tenure#DAYS_PER_MONTH} days long, so the bands are compared in days, exactly.
 */
public enum TenureBand {
    /** Less than 6 months. */
    UNDER_6_MONTHS("< 6 months", 0),
    /** 6 months to less than 12. */
    FROM_6_MONTHS("6-12 months", 6),
    /** 1 year to less than 2. */
    FROM_1_YEAR("1-2 years", 12),
    /** 2 years to less than 5. */
    FROM_2_YEARS("2-5 years", 24),
    /** 5 years or more. */
    FROM_5_YEARS(">= 5 years", 60);

    private final String label;
    private final int fromMonths;

    TenureBand(String label, int fromMonths) {
        this.label = label;
        this.fromMonths = fromMonths;
    }

    /**
     * A short label for reports and charts.
     *
     * @return for example {@code 1-2 years}
     */
    public String label() {
        return label;
    }

    /**
     * The shortest tenure in the band, in months.
     *
     * @return the lower bound (inclusive)
     */
    public int fromMonths() {
        return fromMonths;
    }

    /**
     * The band of a tenure.
     *
     * @param days the tenure in days
     * @return its band
     */
    public static TenureBand of(long days) {
        TenureBand band = UNDER_6_MONTHS;
        for (TenureBand candidate : values()) {
            if (Tenure.atLeastMonths(days, candidate.fromMonths)) {
                band = candidate;
            }
        }
        return band;
    }
}
