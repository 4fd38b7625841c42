package eu.ospo.model;

import eu.ospo.model.validation.NotBlankIfPresent;
import eu.ospo.model.validation.Slug;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A person or role mailbox ({@code contacts[]}); {@code name}, {@code email}, {@code phone} and
 * {@code affiliation} have the shape of publiccode.yml's Contact.
 *
 * @param id local id, unique among contacts
 * @param name the person's or mailbox's name
 * @param affiliation the id of the organisation the contact belongs to
 * @param email e-mail address
 * @param phone phone number
 * @param forgeHandles user names by forge ({@code github}, {@code gitlab}, ...), in file order; used
 *     to match CODEOWNERS and MAINTAINERS entries
 * @param roles what the contact does; at least one
 * @param isRoleMailbox whether this is a shared mailbox rather than a person
 * @param owner the id of the contact (a person) answering for a role mailbox
 */
public record Contact(
        @NotBlank String id,
        @NotBlank String name,
        @Slug String affiliation,
        Optional<@Email @NotBlankIfPresent String> email,
        Optional<@NotBlankIfPresent String> phone,
        Map<@NotBlank String, @NotBlank String> forgeHandles,
        @NotEmpty List<ContactRole> roles,
        boolean isRoleMailbox,
        Optional<@NotBlankIfPresent String> owner) {

    /** Checks for nulls and copies the collections (the handle map keeps its order). */
    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        forgeHandles.forEach((forge, handle) -> {
            Objects.requireNonNull(forge, "forgeHandles key");
            Objects.requireNonNull(handle, "forgeHandles value");
        });
        forgeHandles = Collections.unmodifiableMap(new LinkedHashMap<>(forgeHandles));
        roles = List.copyOf(roles);
        Objects.requireNonNull(owner, "owner");
    }

    /**
     * The contact's handle on a forge.
     *
     * @param forge for example {@code gitlab}
     * @return the handle, or empty
     */
    public Optional<String> handleOn(String forge) {
        return Optional.ofNullable(forgeHandles.get(forge));
    }

    /**
     * Whether the contact has a role.
     *
     * @param role the role
     * @return true if listed
     */
    public boolean hasRole(ContactRole role) {
        return roles.contains(role);
    }
}
