package eu.ospo.model;

import eu.ospo.model.validation.KeysOfDeclaredVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole governance.yml file: the community, its organisations, projects, maintainer agreements,
 * community-time policy, decision bodies, contacts and (from version 0.2) teams and OSPO. Components follow the file's top-level keys.
 *
 * @param governanceYmlVersion the format version the file declares, as written ({@code "0.1"})
 * @param community the community
 * @param organisations the organisations; at least one
 * @param projects the projects; at least one
 * @param agreements the maintainer agreements
 * @param communityTime the community-time policy
 * @param decisionMaking the decision bodies
 * @param contacts the contacts; at least one
 * @param teams the teams with their membership periods (governance.yml 0.2)
 * @param ospo the community's Open Source Program Office (governance.yml 0.2)
 */
@KeysOfDeclaredVersion
public record Governance(
        @NotBlank @Pattern(regexp = "0\\.[12]", message = "must be a governance.yml version ospo reads: 0.1 or 0.2")
        String governanceYmlVersion,

        @Valid Community community,
        @NotEmpty List<@Valid Organisation> organisations,
        @NotEmpty List<@Valid Project> projects,
        List<@Valid MaintainerAgreement> agreements,
        Optional<@Valid CommunityTimePolicy> communityTime,
        Optional<@Valid DecisionMaking> decisionMaking,
        @NotEmpty List<@Valid Contact> contacts,
        List<@Valid Team> teams,
        Optional<@Valid OpenSourceProgramOffice> ospo) {

    /** Checks for nulls and copies the lists. */
    public Governance {
        Objects.requireNonNull(governanceYmlVersion, "governanceYmlVersion");
        Objects.requireNonNull(community, "community");
        organisations = List.copyOf(organisations);
        projects = List.copyOf(projects);
        agreements = List.copyOf(agreements);
        Objects.requireNonNull(communityTime, "communityTime");
        Objects.requireNonNull(decisionMaking, "decisionMaking");
        contacts = List.copyOf(contacts);
        teams = List.copyOf(teams);
        Objects.requireNonNull(ospo, "ospo");
    }

    /**
     * A governance model without teams and OSPO, as a governance.yml 0.1 file describes it.
     *
     * @param governanceYmlVersion the format version
     * @param community the community
     * @param organisations the organisations
     * @param projects the projects
     * @param agreements the maintainer agreements
     * @param communityTime the community-time policy
     * @param decisionMaking the decision bodies
     * @param contacts the contacts
     */
    public Governance(
            String governanceYmlVersion,
            Community community,
            List<Organisation> organisations,
            List<Project> projects,
            List<MaintainerAgreement> agreements,
            Optional<CommunityTimePolicy> communityTime,
            Optional<DecisionMaking> decisionMaking,
            List<Contact> contacts) {
        this(
                governanceYmlVersion,
                community,
                organisations,
                projects,
                agreements,
                communityTime,
                decisionMaking,
                contacts,
                List.of(),
                Optional.empty());
    }

    /**
     * The organisation with an id (the first, if ids repeat).
     *
     * @param id the id
     * @return the organisation, or empty
     */
    public Optional<Organisation> organisation(String id) {
        return organisations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * The project with an id (the first, if ids repeat).
     *
     * @param id the id
     * @return the project, or empty
     */
    public Optional<Project> project(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The contact with an id (the first, if ids repeat).
     *
     * @param id the id
     * @return the contact, or empty
     */
    public Optional<Contact> contact(String id) {
        return contacts.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The agreements on a project, in file order.
     *
     * @param projectId the project's id
     * @return the agreements
     */
    public List<MaintainerAgreement> agreementsOn(String projectId) {
        return agreements.stream().filter(a -> a.project().equals(projectId)).toList();
    }

    /**
     * The community-time policy that applies to an organisation: its own override if it has one,
     * else the community's.
     *
     * @param organisationId the organisation's id
     * @return the policy, or empty if neither exists
     */
    public Optional<CommunityTimePolicy> communityTimePolicyFor(String organisationId) {
        return organisation(organisationId).flatMap(Organisation::communityTime).or(() -> communityTime);
    }

    /**
     * The team with an id (the first, if ids repeat).
     *
     * @param id the id
     * @return the team, or empty
     */
    public Optional<Team> team(String id) {
        return teams.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * A contact's membership history: every membership period of the contact in every team, sorted
     * by the day it began (then by team id).
     *
     * @param contactId the contact's id
     * @return the memberships, empty if the contact is in no team
     */
    public List<Membership> membershipHistory(String contactId) {
        return teams.stream()
                .flatMap(team -> team.members().stream()
                        .filter(m -> m.contact().equals(contactId))
                        .map(m -> new Membership(team, m)))
                .sorted(Comparator.comparing((Membership m) -> m.member().joined())
                        .thenComparing(m -> m.team().id()))
                .toList();
    }

    /**
     * The team of an organisation a coder belonged to during a period, when there is exactly one: how
     * a community-time report that names a coder but no team is attributed to a team. Teams where the
     * contact was a coder in the period come first; only when there is none are memberships in other
     * roles considered.
     *
     * @param contactId the coder's contact id
     * @param organisationId the id of the organisation whose teams are searched
     * @param period the days of the report
     * @return the one team of that organisation with a membership of the contact overlapping the
     *     period (a coder's membership, else any); empty if there is none or more than one
     */
    public Optional<Team> teamOf(String contactId, String organisationId, DateRange period) {
        List<Team> asCoder = new java.util.ArrayList<>();
        List<Team> inAnyRole = new java.util.ArrayList<>();
        for (Team team : teams) {
            if (!team.organisation().equals(organisationId)) {
                continue;
            }
            for (TeamMember member : team.members()) {
                if (member.contact().equals(contactId) && member.overlaps(period)) {
                    if (member.isCoder() && !asCoder.contains(team)) {
                        asCoder.add(team);
                    }
                    if (!inAnyRole.contains(team)) {
                        inAnyRole.add(team);
                    }
                }
            }
        }
        List<Team> candidates = asCoder.isEmpty() ? inAnyRole : asCoder;
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * A copy with the format version replaced; every other component is kept.
     *
     * @param governanceYmlVersion the format version, as written
     * @return the copy
     */
    public Governance withGovernanceYmlVersion(String governanceYmlVersion) {
        return new Governance(
                governanceYmlVersion,
                community,
                organisations,
                projects,
                agreements,
                communityTime,
                decisionMaking,
                contacts,
                teams,
                ospo);
    }

    /**
     * A copy with the community replaced; every other component is kept.
     *
     * @param community the community
     * @return the copy
     */
    public Governance withCommunity(Community community) {
        return new Governance(
                governanceYmlVersion,
                community,
                organisations,
                projects,
                agreements,
                communityTime,
                decisionMaking,
                contacts,
                teams,
                ospo);
    }

    /**
     * A copy with the organisations replaced; every other component is kept.
     *
     * @param organisations the organisations
     * @return the copy
     */
    public Governance withOrganisations(List<Organisation> organisations) {
        return new Governance(
                governanceYmlVersion,
                community,
                organisations,
                projects,
                agreements,
                communityTime,
                decisionMaking,
                contacts,
                teams,
                ospo);
    }

    /**
     * A copy with the projects replaced; every other component is kept.
     *
     * @param projects the projects
     * @return the copy
     */
    public Governance withProjects(List<Project> projects) {
        return new Governance(
                governanceYmlVersion,
                community,
                organisations,
                projects,
                agreements,
                communityTime,
                decisionMaking,
                contacts,
                teams,
                ospo);
    }

    /**
     * A copy with the maintainer agreements replaced; every other component is kept.
     *
     * @param agreements the maintainer agreements
     * @return the copy
     */
    public Governance withAgreements(List<MaintainerAgreement> agreements) {
        return new Governance(
                governanceYmlVersion,
                community,
                organisations,
                projects,
                agreements,
                communityTime,
                decisionMaking,
                contacts,
                teams,
                ospo);
    }

    /**
     * A copy with the community-time policy replaced; every other component is kept.
     *
     * @param communityTime the community-time policy
     * @return the copy
     */
    public Governance withCommunityTime(Optional<CommunityTimePolicy> communityTime) {
        return new Governance(
                governanceYmlVersion,
                community,
                organisations,
                projects,
                agreements,
                communityTime,
                decisionMaking,
                contacts,
                teams,
                ospo);
    }

    /**
     * A copy with the decision-making section replaced; every other component is kept.
     *
     * @param decisionMaking the decision-making section
     * @return the copy
     */
    public Governance withDecisionMaking(Optional<DecisionMaking> decisionMaking) {
        return new Governance(
                governanceYmlVersion,
                community,
                organisations,
                projects,
                agreements,
                communityTime,
                decisionMaking,
                contacts,
                teams,
                ospo);
    }

    /**
     * A copy with the contacts replaced; every other component is kept.
     *
     * @param contacts the contacts
     * @return the copy
     */
    public Governance withContacts(List<Contact> contacts) {
        return new Governance(
                governanceYmlVersion,
                community,
                organisations,
                projects,
                agreements,
                communityTime,
                decisionMaking,
                contacts,
                teams,
                ospo);
    }

    /**
     * A copy with the teams replaced; every other component is kept.
     *
     * @param teams the teams
     * @return the copy
     */
    public Governance withTeams(List<Team> teams) {
        return new Governance(
                governanceYmlVersion,
                community,
                organisations,
                projects,
                agreements,
                communityTime,
                decisionMaking,
                contacts,
                teams,
                ospo);
    }

    /**
     * A copy with the OSPO replaced; every other component is kept.
     *
     * @param ospo the OSPO
     * @return the copy
     */
    public Governance withOspo(Optional<OpenSourceProgramOffice> ospo) {
        return new Governance(
                governanceYmlVersion,
                community,
                organisations,
                projects,
                agreements,
                communityTime,
                decisionMaking,
                contacts,
                teams,
                ospo);
    }
}
