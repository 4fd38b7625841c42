package eu.ospo.testkit.internal;

import eu.ospo.model.Governance;
import eu.ospo.model.Team;
import eu.ospo.model.TeamMember;
import eu.ospo.testkit.BrokenGovernance;
import eu.ospo.testkit.Defect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Breaks one thing in the team data of a valid 0.2 model. */
public final class TeamBreakers {

    /** The contact id an unknown team member names. */
    static final String MISSING_PERSON = "missing-person";

    private TeamBreakers() {}

    /**
     * Whether a model has a team with at least one member, which the team breakers need.
     *
     * @param g the model
     * @return true if some team has a member
     */
    public static boolean hasMembers(Governance g) {
        return g.teams().stream().anyMatch(t -> !t.members().isEmpty());
    }

    /**
     * A team index and a member index, drawn among teams that have members.
     *
     * @param team the team's index
     * @param member the member's index
     * @param quiet whether no community-time report names the member's contact as its coder
     */
    private record Site(int team, int member, boolean quiet) {}

    /**
     * A member to break, preferring members whose contact no community-time report names as its
     * coder (breaking such a member would also unsettle the report, a second problem).
     */
    private static Site site(Draw draw, Governance g) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        g.communityTime().ifPresent(p -> p.reports().forEach(r -> r.coder().ifPresent(reported::add)));
        g.organisations()
                .forEach(o -> o.communityTime()
                        .ifPresent(p -> p.reports().forEach(r -> r.coder().ifPresent(reported::add))));
        List<Site> quiet = new ArrayList<>();
        List<Site> all = new ArrayList<>();
        for (int i = 0; i < g.teams().size(); i++) {
            List<TeamMember> members = g.teams().get(i).members();
            for (int j = 0; j < members.size(); j++) {
                boolean unnamed = !reported.contains(members.get(j).contact());
                all.add(new Site(i, j, unnamed));
                if (unnamed) {
                    quiet.add(new Site(i, j, true));
                }
            }
        }
        return draw.pick(quiet.isEmpty() ? all : quiet);
    }

    private static Governance replaced(Governance g, int index, List<TeamMember> members) {
        List<Team> teams = new ArrayList<>(g.teams());
        Team team = teams.get(index);
        teams.set(
                index,
                new Team(team.id(), team.name(), team.organisation(), team.process(), team.selfOrganising(), members));
        return g.withTeams(teams);
    }

    /**
     * Moves a member's {@code left} to the day before their {@code joined}.
     *
     * @param draw the source
     * @param g a valid model with a team member
     * @return the broken model
     */
    public static BrokenGovernance leftBeforeJoined(Draw draw, Governance g) {
        Site site = site(draw, g);
        List<TeamMember> members = new ArrayList<>(g.teams().get(site.team()).members());
        TeamMember m = members.get(site.member());
        TeamMember broken = new TeamMember(
                m.contact(), m.role(), m.joined(), Optional.of(m.joined().minusDays(1)), m.hoursPerWeek());
        int index = site.member();
        if (site.quiet()) {
            members.set(index, broken);
        } else {
            // a report names this coder in a period of the membership: keep it, and add a broken copy
            index = members.size();
            members.add(broken);
        }
        String key = "teams[" + site.team() + "].members[" + index + "].left";
        return new BrokenGovernance(
                replaced(g, site.team(), members),
                Defect.MEMBER_LEFT_BEFORE_JOINED,
                key,
                key + " is the day before " + m.contact() + " joined");
    }

    /**
     * Repeats a member's period at the end of the team's members.
     *
     * @param draw the source
     * @param g a valid model with a team member
     * @return the broken model
     */
    public static BrokenGovernance overlapping(Draw draw, Governance g) {
        Site site = site(draw, g);
        List<TeamMember> members = new ArrayList<>(g.teams().get(site.team()).members());
        TeamMember m = members.get(site.member());
        members.add(m);
        String key = "teams[" + site.team() + "].members[" + (members.size() - 1) + "].joined";
        return new BrokenGovernance(
                replaced(g, site.team(), members),
                Defect.OVERLAPPING_MEMBERSHIP,
                key,
                key + " repeats the period of " + m.contact() + " as "
                        + m.role().value());
    }

    /**
     * Adds a member, a copy of an existing one's period and role, who names a contact that is not
     * declared.
     *
     * @param draw the source
     * @param g a valid model with a team member
     * @return the broken model
     */
    public static BrokenGovernance unknownMember(Draw draw, Governance g) {
        Site site = site(draw, g);
        List<TeamMember> members = new ArrayList<>(g.teams().get(site.team()).members());
        TeamMember m = members.get(site.member());
        // a new member, so no report loses the coder it names
        members.add(new TeamMember(MISSING_PERSON, m.role(), m.joined(), m.left(), m.hoursPerWeek()));
        String key = "teams[" + site.team() + "].members[" + (members.size() - 1) + "].contact";
        return new BrokenGovernance(
                replaced(g, site.team(), members),
                Defect.UNKNOWN_TEAM_MEMBER,
                key,
                key + " names " + MISSING_PERSON + ", which is not declared");
    }
}
