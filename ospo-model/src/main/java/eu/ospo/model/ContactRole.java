package eu.ospo.model;

/** What a contact does ({@code contacts[].roles[]}). */
public enum ContactRole implements Keyword {
    /** {@code maintainer}: maintains a project. */
    MAINTAINER("maintainer"),
    /** {@code reviewer}: reviews contributions. */
    REVIEWER("reviewer"),
    /** {@code securityContact}: receives vulnerability reports. */
    SECURITY_CONTACT("securityContact"),
    /** {@code steward}: leads the community or a project. */
    STEWARD("steward"),
    /** {@code representative}: represents their organisation in decision bodies. */
    REPRESENTATIVE("representative"),
    /** {@code communityManager}: looks after the community. */
    COMMUNITY_MANAGER("communityManager");

    private final String value;

    ContactRole(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
