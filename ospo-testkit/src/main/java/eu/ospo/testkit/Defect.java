package eu.ospo.testkit;

/**
 * The one thing a {@link Broken} generator breaks in an otherwise valid governance model. Each kind
 * is something a governance.yml reader must report as a problem.
 */
public enum Defect {
    /** A reference names an organisation, project or contact that the model does not declare. */
    DANGLING_REFERENCE,
    /** Two organisations, projects, agreements or contacts share an id. */
    DUPLICATE_ID,
    /** An agreement's {@code end} is before its {@code start}, or an organisation's {@code left} before its {@code joined}. */
    END_BEFORE_START,
    /** A community-time percentage is above 100. */
    PERCENTAGE_OVER_100,
    /** An identifier fails its scheme's check (syntax, register prefix or check digits). */
    MALFORMED_IDENTIFIER,
    /** An organisation's country is not an ISO 3166-1 alpha-2 code, though upper case. */
    UNKNOWN_COUNTRY,
    /** An agreement starts before its provider joined the community. */
    OUTSIDE_MEMBERSHIP
}
