package eu.ospo.model;

/** A task a maintainer agreement covers ({@code agreements[].responsibilities[]}). */
public enum Responsibility implements Keyword {
    /** {@code codeReview}: reviewing contributions. */
    CODE_REVIEW("codeReview"),
    /** {@code triage}: triaging issues. */
    TRIAGE("triage"),
    /** {@code securityResponse}: handling vulnerability reports. */
    SECURITY_RESPONSE("securityResponse"),
    /** {@code releaseManagement}: preparing and publishing releases. */
    RELEASE_MANAGEMENT("releaseManagement"),
    /** {@code documentation}: keeping documentation current. */
    DOCUMENTATION("documentation"),
    /** {@code hosting}: running infrastructure. */
    HOSTING("hosting"),
    /** {@code dependencyUpdates}: keeping dependencies up to date. */
    DEPENDENCY_UPDATES("dependencyUpdates"),
    /** {@code communityManagement}: looking after the community. */
    COMMUNITY_MANAGEMENT("communityManagement");

    private final String value;

    Responsibility(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
