package eu.ospo.model;

/** What an organisation does in the community ({@code organisations[].roles[]}). */
public enum OrganisationRole implements Keyword {
    /** {@code member}: a member of the community. */
    MEMBER("member"),
    /** {@code steward}: leads the community or one of its projects. */
    STEWARD("steward"),
    /** {@code maintainer}: maintains one or more projects. */
    MAINTAINER("maintainer"),
    /** {@code user}: uses the software. */
    USER("user"),
    /** {@code funder}: funds work. */
    FUNDER("funder"),
    /** {@code contractor}: a vendor doing work on behalf of a member. */
    CONTRACTOR("contractor"),
    /** {@code observer}: follows the community without taking part in decisions. */
    OBSERVER("observer"),
    /**
     * {@code ospo}: runs the community's Open Source Program Office, which sets its standards
     * (rulesets) and offers tooling (governance.yml 0.2).
     */
    OSPO("ospo");

    private final String value;

    OrganisationRole(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
