package eu.ospo.model;

/** What a member does in a team ({@code teams[].members[].role}). */
public enum TeamRole implements Keyword {
    /** {@code coder}: writes and maintains the software (developers, also low-code builders). */
    CODER("coder"),
    /** {@code productOwner}: decides what the team builds next. */
    PRODUCT_OWNER("productOwner"),
    /** {@code domainExpert}: knows the process the team serves (a permit officer, a lawyer). */
    DOMAIN_EXPERT("domainExpert"),
    /** {@code designer}: designs services and interfaces. */
    DESIGNER("designer"),
    /** {@code tester}: tests the software. */
    TESTER("tester"),
    /** {@code analyst}: analyses data, requirements or policy. */
    ANALYST("analyst"),
    /** {@code facilitator}: helps the team organise itself (a coach, a scrum master). */
    FACILITATOR("facilitator");

    private final String value;

    TeamRole(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
