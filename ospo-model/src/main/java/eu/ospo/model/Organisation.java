package eu.ospo.model;

import eu.ospo.model.validation.EndNotBeforeStart;
import eu.ospo.model.validation.Slug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation taking part in the community ({@code organisations[]}); {@code name} and {@code
 * uri} have the shape of publiccode.yml's Organisation.
 *
 * @param id local id, unique among organisations, used by every reference in the file
 * @param name the organisation's name
 * @param uri a URI identifying it: a TOOI URI, a website or a URN such as {@code
 *     urn:x-italian-pa:c_h501}
 * @param country ISO 3166-1 alpha-2 code, upper case (membership of the code list is checked by the
 *     governance layer)
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
        @NotBlank String uri,

        @Pattern(regexp = "[A-Z]{2}", message = "must be an upper-case ISO 3166-1 alpha-2 code")
        String country,

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
}
