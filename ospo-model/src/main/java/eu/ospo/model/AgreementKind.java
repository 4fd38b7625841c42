package eu.ospo.model;

/** What a maintainer agreement is about ({@code agreements[].kind}). */
public enum AgreementKind implements Keyword {
    /** {@code maintenance}: keeping the software maintained. */
    MAINTENANCE("maintenance"),
    /** {@code development}: developing new functionality. */
    DEVELOPMENT("development"),
    /** {@code hosting}: hosting the software or its infrastructure. */
    HOSTING("hosting"),
    /** {@code support}: supporting users. */
    SUPPORT("support"),
    /** {@code funding}: funding work done by others. */
    FUNDING("funding");

    private final String value;

    AgreementKind(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
