package eu.ospo.model;

import eu.ospo.model.validation.AbsoluteUri;
import eu.ospo.model.validation.CountryCode;
import eu.ospo.model.validation.EndNotBeforeStart;
import eu.ospo.model.validation.Slug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An organisation taking part in a prosumer community in governance.yml ({@code organisations[]});
 * {@code name} and {@code uri} have the shape of publiccode.yml's organisation. Not to be confused
 * with {@code eu.ospo.publiccode.model.OrganisationRef}, publiccode.yml's reference to an owning or
 * funding organisation (a URI and a name).
 *
 * @param id local id, unique among organisations, used by every reference in the file
 * @param name the organisation's name
 * @param uri a URI identifying it: a TOOI URI, a website or a URN such as {@code
 *     urn:x-italian-pa:c_h501}
 * @param country ISO 3166-1 alpha-2 code, upper case, assigned (or {@code XK})
 * @param type the kind of legal entity
 * @param identifiers identifiers in external registers
 * @param roles what it does in the community; at least one
 * @param joined the first day of membership
 * @param left the last day of membership, if it has ended
 * @param communityTime a community-time policy replacing the community's for this organisation
 */
@EndNotBeforeStart(start = "joined", end = "left")
public record Organisation(
        @Slug String id,
        @NotBlank String name,
        @NotBlank @AbsoluteUri String uri,
        @CountryCode String country,

        OrganisationType type,
        List<@Valid Identifier> identifiers,
        @NotEmpty List<OrganisationRole> roles,
        LocalDate joined,
        Optional<LocalDate> left,
        Optional<@Valid CommunityTimePolicy> communityTime) {

    /** Checks for nulls and copies the lists. */
    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(type, "type");
        identifiers = List.copyOf(identifiers);
        roles = List.copyOf(roles);
        Objects.requireNonNull(joined, "joined");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(communityTime, "communityTime");
    }

    /**
     * An organisation with the keys governance.yml requires and nothing else (no identifiers, still a
     * member, the community's community-time policy); add the rest with the {@code with...} methods.
     *
     * @param id local id, unique among organisations
     * @param name the organisation's name
     * @param uri a URI identifying it
     * @param country ISO 3166-1 alpha-2 code, upper case
     * @param type the kind of legal entity
     * @param roles what it does in the community; at least one
     * @param joined the first day of membership
     * @return the organisation
     */
    public static Organisation of(
            String id,
            String name,
            String uri,
            String country,
            OrganisationType type,
            List<OrganisationRole> roles,
            LocalDate joined) {
        return new Organisation(
                id, name, uri, country, type, List.of(), roles, joined, Optional.empty(), Optional.empty());
    }

    /**
     * Whether the organisation is a member on a day: {@code joined <= day} and, if it left, {@code
     * day <= left}.
     *
     * @param day the day
     * @return true if a member
     */
    public boolean isMemberOn(LocalDate day) {
        return !day.isBefore(joined) && left.map(last -> !day.isAfter(last)).orElse(true);
    }

    /**
     * Whether the organisation has a role.
     *
     * @param role the role
     * @return true if listed
     */
    public boolean hasRole(OrganisationRole role) {
        return roles.contains(role);
    }

    /**
     * The first identifier in a scheme.
     *
     * @param scheme the scheme
     * @return the identifier, or empty
     */
    public Optional<Identifier> identifier(IdentifierScheme scheme) {
        return identifiers.stream().filter(i -> i.scheme() == scheme).findFirst();
    }

    /**
     * A copy with {@code id} replaced; every other component is kept.
     *
     * @param id local id, unique among organisations, used by every reference in the file
     * @return the copy
     */
    public Organisation withId(String id) {
        return copy(c -> c.id = id);
    }

    /**
     * A copy with {@code name} replaced; every other component is kept.
     *
     * @param name the organisation's name
     * @return the copy
     */
    public Organisation withName(String name) {
        return copy(c -> c.name = name);
    }

    /**
     * A copy with {@code uri} replaced; every other component is kept.
     *
     * @param uri a URI identifying it: a TOOI URI, a website or a URN such as {@code urn:x-italian-pa:c_h501}
     * @return the copy
     */
    public Organisation withUri(String uri) {
        return copy(c -> c.uri = uri);
    }

    /**
     * A copy with {@code country} replaced; every other component is kept.
     *
     * @param country ISO 3166-1 alpha-2 code, upper case
     * @return the copy
     */
    public Organisation withCountry(String country) {
        return copy(c -> c.country = country);
    }

    /**
     * A copy with {@code type} replaced; every other component is kept.
     *
     * @param type the kind of legal entity
     * @return the copy
     */
    public Organisation withType(OrganisationType type) {
        return copy(c -> c.type = type);
    }

    /**
     * A copy with {@code identifiers} replaced; every other component is kept.
     *
     * @param identifiers identifiers in external registers
     * @return the copy
     */
    public Organisation withIdentifiers(List<Identifier> identifiers) {
        return copy(c -> c.identifiers = identifiers);
    }

    /**
     * A copy with {@code roles} replaced; every other component is kept.
     *
     * @param roles what it does in the community; at least one
     * @return the copy
     */
    public Organisation withRoles(List<OrganisationRole> roles) {
        return copy(c -> c.roles = roles);
    }

    /**
     * A copy with {@code joined} replaced; every other component is kept.
     *
     * @param joined the first day of membership
     * @return the copy
     */
    public Organisation withJoined(LocalDate joined) {
        return copy(c -> c.joined = joined);
    }

    /**
     * A copy with {@code left} replaced; every other component is kept.
     *
     * @param left the last day of membership, if it has ended
     * @return the copy
     */
    public Organisation withLeft(Optional<LocalDate> left) {
        return copy(c -> c.left = left);
    }

    /**
     * A copy with {@code communityTime} replaced; every other component is kept.
     *
     * @param communityTime a community-time policy replacing the community's for this organisation
     * @return the copy
     */
    public Organisation withCommunityTime(Optional<CommunityTimePolicy> communityTime) {
        return copy(c -> c.communityTime = communityTime);
    }

    private Organisation copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The components of a record being copied; each wither changes one. */
    private static final class Copy {
        private String id;
        private String name;
        private String uri;
        private String country;
        private OrganisationType type;
        private List<Identifier> identifiers;
        private List<OrganisationRole> roles;
        private LocalDate joined;
        private Optional<LocalDate> left;
        private Optional<CommunityTimePolicy> communityTime;

        Copy(Organisation r) {
            id = r.id;
            name = r.name;
            uri = r.uri;
            country = r.country;
            type = r.type;
            identifiers = r.identifiers;
            roles = r.roles;
            joined = r.joined;
            left = r.left;
            communityTime = r.communityTime;
        }

        Organisation build() {
            return new Organisation(id, name, uri, country, type, identifiers, roles, joined, left, communityTime);
        }
    }
}
