package eu.ospo.model;

/** How critical a project is ({@code projects[].criticality}); selects rule thresholds. */
public enum Criticality implements Keyword {
    /** {@code low}: low criticality. */
    LOW("low"),
    /** {@code medium}: medium criticality. */
    MEDIUM("medium"),
    /** {@code high}: high criticality. */
    HIGH("high");

    private final String value;

    Criticality(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
