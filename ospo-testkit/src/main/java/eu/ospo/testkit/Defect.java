package eu.ospo.testkit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one thing a {@link Broken} generator breaks in an otherwise valid governance model, with how
 * ospo reports it: a problem code of the governance.yml reader (see {@code docs/problem-codes.md}),
 * or, for a defect the file format allows, the rule that fails.
 */
public enum Defect {
    /** A reference names an organisation, project or contact that the model does not declare. */
    DANGLING_REFERENCE("reference.unknown", null),
    /** Two organisations, projects, agreements or contacts share an id. */
    DUPLICATE_ID("id.duplicate", null),
    /**
     * An agreement's {@code end} is before its {@code start}, or an organisation's {@code left}
     * before its {@code joined}.
     */
    END_BEFORE_START("range.end-before-start", null),
    /** A community-time percentage is above 100. */
    PERCENTAGE_OVER_100("value.percentage", null),
    /** An identifier fails its scheme's check (syntax, register prefix or check digits). */
    MALFORMED_IDENTIFIER("value.identifier", null),
    /** An organisation's country is not an ISO 3166-1 alpha-2 code, though upper case. */
    UNKNOWN_COUNTRY("value.country", null),
    /**
     * An agreement that is not terminated starts before its provider joined the community. The file
     * reads without problem; the rule {@code ORG-MEMBERSHIP-INTERVAL} fails (or is exempted).
     */
    OUTSIDE_MEMBERSHIP(null, "ORG-MEMBERSHIP-INTERVAL"),
    /** A team member's {@code left} is before their {@code joined} (a model with teams, 0.2). */
    MEMBER_LEFT_BEFORE_JOINED("range.end-before-start", null),
    /**
     * A contact has two periods in one team and role that share days (a model with teams, 0.2):
     * tenure and turnover would count those days twice.
     */
    OVERLAPPING_MEMBERSHIP("range.overlap", null),
    /** A team member's {@code contact} names no declared contact (a model with teams, 0.2). */
    UNKNOWN_TEAM_MEMBER("reference.unknown", null);

    private final Optional<String> problemCode;
    private final Optional<String> ruleId;

    Defect(@Nullable String problemCode, @Nullable String ruleId) {
        this.problemCode = Optional.ofNullable(problemCode);
        this.ruleId = Optional.ofNullable(ruleId);
    }

    /**
     * Whether the defect breaks team data, so it needs a model with a team that has a member
     * ({@link Communities.Builder#teamsPerOrganisation(int, int)}).
     *
     * @return true for the team defects
     */
    public boolean needsTeams() {
        return this == MEMBER_LEFT_BEFORE_JOINED || this == OVERLAPPING_MEMBERSHIP || this == UNKNOWN_TEAM_MEMBER;
    }

    /**
     * The code of the problem the governance.yml reader reports at the broken key.
     *
     * @return the code, or empty when the reader accepts the file and a {@linkplain #ruleId() rule}
     *     finds the defect
     */
    public Optional<String> problemCode() {
        return problemCode;
    }

    /**
     * The rule that fails on a model with this defect, for defects the reader accepts.
     *
     * @return the rule id, or empty when the reader reports the defect as a {@linkplain
     *     #problemCode() problem}
     */
    public Optional<String> ruleId() {
        return ruleId;
    }
}
