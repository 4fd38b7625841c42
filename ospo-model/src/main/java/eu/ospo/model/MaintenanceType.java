package eu.ospo.model;

/** How a project is maintained ({@code projects[].maintenanceType}); the vocabulary of publiccode.yml's {@code maintenance.type}. */
public enum MaintenanceType implements Keyword {
    /** {@code internal}: maintained by the owning organisation itself. */
    INTERNAL("internal"),
    /** {@code contract}: maintained by a contractor under a contract. */
    CONTRACT("contract"),
    /** {@code community}: maintained by a community of organisations. */
    COMMUNITY("community"),
    /** {@code none}: not maintained. */
    NONE("none");

    private final String value;

    MaintenanceType(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
