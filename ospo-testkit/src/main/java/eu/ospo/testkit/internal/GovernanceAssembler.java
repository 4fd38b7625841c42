package eu.ospo.testkit.internal;

import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.Contact;
import eu.ospo.model.DecisionMaking;
import eu.ospo.model.Governance;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.Organisation;
import eu.ospo.model.OrganisationRole;
import eu.ospo.model.Project;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles a whole governance model that is valid by construction: ids are unique per kind
 * ({@code org1}, {@code project1}, {@code agreement1}, {@code person1}), every reference names
 * something that exists, agreements lie inside their provider's membership interval, seats and
 * community-time reports belong to existing organisations and contacts, and every record passes its
 * Jakarta constraints.
 */
public final class GovernanceAssembler {

    /** The format version generated models declare. */
    public static final String VERSION = "0.1";

    private GovernanceAssembler() {}

    /**
     * A governance model.
     *
     * @param draw the source
     * @param shape the knobs
     * @return the model
     */
    public static Governance governance(Draw draw, Shape shape) {
        int organisationCount = shape.organisations().draw(draw);
        List<Contact> contacts = new ArrayList<>();
        Map<String, List<String>> peopleByOrganisation = new LinkedHashMap<>();
        for (int i = 1; i <= organisationCount; i++) {
            String organisation = "org" + i;
            List<String> people = new ArrayList<>();
            int count = shape.contactsPerOrganisation().draw(draw);
            for (int c = 0; c < count; c++) {
                String id = "person" + (contacts.size() + 1);
                Optional<String> owner = people.isEmpty() ? Optional.empty() : Optional.of(people.get(0));
                Contact contact = ContactDraws.contact(draw, id, contacts.size() + 1, organisation, owner);
                contacts.add(contact);
                if (!contact.isRoleMailbox()) {
                    people.add(id);
                }
            }
            peopleByOrganisation.put(organisation, people);
        }

        List<Organisation> organisations = new ArrayList<>();
        List<CommunityTimeDraws.Reporter> reporters = new ArrayList<>();
        for (int i = 1; i <= organisationCount; i++) {
            String id = "org" + i;
            CommunityTimeDraws.Reporter reporter = new CommunityTimeDraws.Reporter(id, peopleByOrganisation.get(id));
            Optional<CommunityTimePolicy> override = shape.communityTime()
                    ? draw.maybe(10, () -> CommunityTimeDraws.policy(draw, shape, List.of(reporter)))
                    : Optional.empty();
            if (override.isEmpty()) {
                reporters.add(reporter);
            }
            organisations.add(OrganisationDraws.organisation(draw, id, i, i == 1, shape, override));
        }

        List<Project> projects = new ArrayList<>();
        for (Organisation organisation : organisations) {
            int count = shape.projectsPerOrganisation().draw(draw);
            for (int p = 0; p < count; p++) {
                projects.add(project(draw, projects.size() + 1, organisation));
            }
        }
        if (projects.isEmpty()) {
            projects.add(project(draw, 1, organisations.get(0)));
        }

        List<String> contractors = organisations.stream()
                .filter(o -> o.hasRole(OrganisationRole.CONTRACTOR))
                .map(Organisation::id)
                .toList();
        List<MaintainerAgreement> agreements = new ArrayList<>();
        for (Organisation provider : organisations) {
            int count = shape.agreementsPerOrganisation().draw(draw);
            for (int a = 0; a < count; a++) {
                agreements.add(agreement(
                        draw,
                        agreements.size() + 1,
                        provider,
                        projects,
                        organisations,
                        contractors,
                        peopleByOrganisation,
                        shape));
            }
        }

        Optional<CommunityTimePolicy> communityTime = shape.communityTime()
                ? draw.maybe(60, () -> CommunityTimeDraws.policy(draw, shape, reporters))
                : Optional.empty();
        Optional<DecisionMaking> decisionMaking = shape.decisionMaking()
                ? draw.maybe(60, () -> DecisionDraws.decisionMaking(draw, seatHolders(organisations, contacts)))
                : Optional.empty();
        return new Governance(
                VERSION,
                CommunityDraws.community(draw, shape),
                organisations,
                projects,
                agreements,
                communityTime,
                decisionMaking,
                contacts);
    }

    /**
     * A governance model with teams and the OSPO as the team knobs say (version 0.2 when they ask for
     * either; without them, exactly {@link #governance(Draw, Shape)}).
     *
     * @param draw the source
     * @param shape the knobs
     * @param teams the team and OSPO knobs
     * @return the model
     */
    public static Governance governance(Draw draw, Shape shape, TeamShape teams) {
        Governance g = governance(draw, shape);
        return teams.enabled() ? TeamDraws.withTeams(draw, g, shape.from(), shape.to(), teams) : g;
    }

    private static Project project(Draw draw, int index, Organisation steward) {
        return ProjectDraws.project(draw, "project" + index, index, draw.maybe(80, steward::id));
    }

    private static MaintainerAgreement agreement(
            Draw draw,
            int index,
            Organisation provider,
            List<Project> projects,
            List<Organisation> organisations,
            List<String> contractors,
            Map<String, List<String>> peopleByOrganisation,
            Shape shape) {
        List<String> otherContractors =
                contractors.stream().filter(c -> !c.equals(provider.id())).toList();
        Optional<String> contractor =
                otherContractors.isEmpty() ? Optional.empty() : draw.maybe(25, () -> draw.pick(otherContractors));
        String beneficiary = draw.chance(20) ? draw.pick(organisations).id() : MaintainerAgreement.COMMUNITY;
        List<String> maintainers = new ArrayList<>(peopleByOrganisation.get(provider.id()));
        contractor.ifPresent(c -> maintainers.addAll(peopleByOrganisation.get(c)));
        AgreementDraws.Parties parties = new AgreementDraws.Parties(
                "agreement" + index, draw.pick(projects).id(), provider, contractor, beneficiary, maintainers);
        return AgreementDraws.agreement(draw, parties, shape);
    }

    private static Map<String, List<String>> seatHolders(List<Organisation> organisations, List<Contact> contacts) {
        Map<String, List<String>> holders = new LinkedHashMap<>();
        for (Organisation organisation : organisations) {
            if (organisation.hasRole(OrganisationRole.MEMBER)) {
                holders.put(
                        organisation.id(),
                        contacts.stream()
                                .filter(c -> c.affiliation().equals(organisation.id()))
                                .map(Contact::id)
                                .toList());
            }
        }
        return holders;
    }
}
