package eu.ospo.model;

/** The state of a maintainer agreement ({@code agreements[].status}). Only {@link #SIGNED} agreements can be active. */
public enum AgreementStatus implements Keyword {
    /** {@code draft}: not yet signed. */
    DRAFT("draft"),
    /** {@code signed}: signed and in force during its term. */
    SIGNED("signed"),
    /** {@code terminated}: ended before or at the end of its term. */
    TERMINATED("terminated");

    private final String value;

    AgreementStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
