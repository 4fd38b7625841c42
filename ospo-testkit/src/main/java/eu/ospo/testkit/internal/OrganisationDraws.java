package eu.ospo.testkit.internal;

import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.Identifier;
import eu.ospo.model.IdentifierScheme;
import eu.ospo.model.Organisation;
import eu.ospo.model.OrganisationRole;
import eu.ospo.model.OrganisationType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Draws organisations: identity, identifiers valid by construction, roles and membership interval. */
public final class OrganisationDraws {

    private OrganisationDraws() {}

    /**
     * An organisation without a community-time override.
     *
     * @param draw the source
     * @param id its id
     * @param index its 1-based position (keeps names distinct)
     * @param founder whether it is the founding member: a public authority with the member role
     * @param shape the dates and whether it may have left
     * @return the organisation
     */
    public static Organisation organisation(Draw draw, String id, int index, boolean founder, Shape shape) {
        return organisation(draw, id, index, founder, shape, Optional.empty());
    }

    /**
     * An organisation.
     *
     * @param draw the source
     * @param id its id
     * @param index its 1-based position (keeps names distinct)
     * @param founder whether it is the founding member: a public authority with the member role
     * @param shape the dates and whether it may have left
     * @param communityTime its community-time override, if any
     * @return the organisation
     */
    public static Organisation organisation(
            Draw draw,
            String id,
            int index,
            boolean founder,
            Shape shape,
            Optional<CommunityTimePolicy> communityTime) {
        OrganisationType type =
                founder ? OrganisationType.PUBLIC_AUTHORITY : draw.pick(List.of(OrganisationType.values()));
        List<OrganisationRole> roles = roles(draw, type, founder);
        List<Identifier> identifiers = identifiers(draw);
        String uri = uri(draw, id, identifiers);
        LocalDate joined = draw.day(shape.from(), shape.to());
        Optional<LocalDate> left =
                shape.leaving() ? draw.maybe(15, () -> draw.day(joined, shape.to())) : Optional.empty();
        return new Organisation(
                id,
                Names.organisation(type, index),
                uri,
                draw.pick(Names.COUNTRIES),
                type,
                identifiers,
                roles,
                joined,
                left,
                communityTime);
    }

    private static List<OrganisationRole> roles(Draw draw, OrganisationType type, boolean founder) {
        List<OrganisationRole> roles = new ArrayList<>();
        if (founder) {
            roles.add(OrganisationRole.MEMBER);
        }
        if (type == OrganisationType.COMPANY && draw.chance(60)) {
            roles.add(OrganisationRole.CONTRACTOR);
        }
        for (OrganisationRole role : OrganisationRole.values()) {
            // the ospo role comes with an OSPO section, drawn with the teams
            if (role != OrganisationRole.OSPO && !roles.contains(role) && draw.chance(25)) {
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            roles.add(OrganisationRole.MEMBER);
        }
        return roles;
    }

    private static List<Identifier> identifiers(Draw draw) {
        List<IdentifierScheme> schemes = new ArrayList<>(List.of(IdentifierScheme.values()));
        List<Identifier> identifiers = new ArrayList<>();
        int count = draw.between(0, 2);
        for (int i = 0; i < count; i++) {
            IdentifierScheme scheme = schemes.remove(draw.between(0, schemes.size() - 1));
            identifiers.add(IdentifierValues.identifier(draw, scheme));
        }
        return identifiers;
    }

    private static String uri(Draw draw, String id, List<Identifier> identifiers) {
        for (Identifier identifier : identifiers) {
            if (identifier.scheme() == IdentifierScheme.NL_TOOI && draw.chance(50)) {
                return identifier.value();
            }
            if (identifier.scheme() == IdentifierScheme.IT_IPA && draw.chance(50)) {
                return "urn:x-italian-pa:" + identifier.value();
            }
        }
        return "https://" + id + ".example.org";
    }
}
