package eu.ospo.model;

/** At which level community-time compliance is measured ({@code communityTime.scope}). */
public enum CommunityTimeScope implements Keyword {
    /** {@code perCoder}: each coder must meet the percentage. */
    PER_CODER("perCoder"),
    /** {@code perTeam}: each team must meet it in aggregate. */
    PER_TEAM("perTeam"),
    /** {@code perOrganisation}: each organisation must meet it in aggregate. */
    PER_ORGANISATION("perOrganisation");

    private final String value;

    CommunityTimeScope(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
