package eu.ospo.model;

/**
 * The kind of process a team serves ({@code teams[].process.type}): the organisation's own work for
 * citizens and businesses, or the support around it (IT, facilities, finance, ...).
 *
 * <p>The distinction is why teams are in the model: in a prosumer organisation coders work inside
 * the teams of the primary processes (permits, benefits, taxes), next to the domain experts who use
 * the software, not only in an IT department.
 */
public enum ProcessType implements Keyword {
    /** {@code primary}: a primary process of the organisation, such as issuing permits. */
    PRIMARY("primary"),
    /** {@code support}: IT or another supporting process. */
    SUPPORT("support");

    private final String value;

    ProcessType(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
