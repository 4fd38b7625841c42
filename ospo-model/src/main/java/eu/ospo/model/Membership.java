package eu.ospo.model;

import java.util.Objects;

/**
 * One entry of a contact's membership history: a membership period and the team it belongs to.
 *
 * @param team the team
 * @param member the membership period
 */
public record Membership(Team team, TeamMember member) {

    /** Checks for nulls. */
    public Membership {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(member, "member");
    }
}
