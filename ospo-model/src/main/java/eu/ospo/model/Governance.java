package eu.ospo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole governance.yml file: the community, its organisations, projects, maintainer agreements,
 * community-time policy, decision bodies and contacts. Components follow the file's top-level keys.
 *
 * @param governanceYmlVersion the format version the file declares, as written ({@code "0.1"})
 * @param community the community
 * @param organisations the organisations; at least one
 * @param projects the projects; at least one
 * @param agreements the maintainer agreements
 * @param communityTime the community-time policy
 * @param decisionMaking the decision bodies
 * @param contacts the contacts; at least one
 */
public record Governance(
        @NotBlank String governanceYmlVersion,
        @Valid Community community,
        @NotEmpty List<@Valid Organisation> organisations,
        @NotEmpty List<@Valid Project> projects,
        List<@Valid MaintainerAgreement> agreements,
        Optional<@Valid CommunityTimePolicy> communityTime,
        Optional<@Valid DecisionMaking> decisionMaking,
        @NotEmpty List<@Valid Contact> contacts) {

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
                contacts);
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
                contacts);
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
                contacts);
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
                contacts);
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
                contacts);
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
                contacts);
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
                contacts);
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
                contacts);
    }
}
