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
import java.util.function.Consumer;

/**
 * A person or role mailbox of a prosumer community in governance.yml ({@code contacts[]}); {@code
 * name}, {@code email}, {@code phone} and {@code affiliation} have the shape of a publiccode.yml
 * maintenance contact. Not to be confused with {@code eu.ospo.publiccode.model.MaintenanceContact},
 * a technical contact listed under publiccode.yml's {@code maintenance.contacts[]}.
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

    /**
     * A copy with {@code id} replaced; every other component is kept.
     *
     * @param id local id, unique among contacts
     * @return the copy
     */
    public Contact withId(String id) {
        return copy(c -> c.id = id);
    }

    /**
     * A copy with {@code name} replaced; every other component is kept.
     *
     * @param name the person's or mailbox's name
     * @return the copy
     */
    public Contact withName(String name) {
        return copy(c -> c.name = name);
    }

    /**
     * A copy with {@code affiliation} replaced; every other component is kept.
     *
     * @param affiliation the id of the organisation the contact belongs to
     * @return the copy
     */
    public Contact withAffiliation(String affiliation) {
        return copy(c -> c.affiliation = affiliation);
    }

    /**
     * A copy with {@code email} replaced; every other component is kept.
     *
     * @param email e-mail address
     * @return the copy
     */
    public Contact withEmail(Optional<String> email) {
        return copy(c -> c.email = email);
    }

    /**
     * A copy with {@code phone} replaced; every other component is kept.
     *
     * @param phone phone number
     * @return the copy
     */
    public Contact withPhone(Optional<String> phone) {
        return copy(c -> c.phone = phone);
    }

    /**
     * A copy with {@code forgeHandles} replaced; every other component is kept.
     *
     * @param forgeHandles user names by forge ({@code github}, {@code gitlab}, ...), in file order; used to match CODEOWNERS and MAINTAINERS entries
     * @return the copy
     */
    public Contact withForgeHandles(Map<String, String> forgeHandles) {
        return copy(c -> c.forgeHandles = forgeHandles);
    }

    /**
     * A copy with {@code roles} replaced; every other component is kept.
     *
     * @param roles what the contact does; at least one
     * @return the copy
     */
    public Contact withRoles(List<ContactRole> roles) {
        return copy(c -> c.roles = roles);
    }

    /**
     * A copy with {@code isRoleMailbox} replaced; every other component is kept.
     *
     * @param isRoleMailbox whether this is a shared mailbox rather than a person
     * @return the copy
     */
    public Contact withIsRoleMailbox(boolean isRoleMailbox) {
        return copy(c -> c.isRoleMailbox = isRoleMailbox);
    }

    /**
     * A copy with {@code owner} replaced; every other component is kept.
     *
     * @param owner the id of the contact (a person) answering for a role mailbox
     * @return the copy
     */
    public Contact withOwner(Optional<String> owner) {
        return copy(c -> c.owner = owner);
    }

    private Contact copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The components of a record being copied; each wither changes one. */
    private static final class Copy {
        private String id;
        private String name;
        private String affiliation;
        private Optional<String> email;
        private Optional<String> phone;
        private Map<String, String> forgeHandles;
        private List<ContactRole> roles;
        private boolean isRoleMailbox;
        private Optional<String> owner;

        Copy(Contact r) {
            id = r.id;
            name = r.name;
            affiliation = r.affiliation;
            email = r.email;
            phone = r.phone;
            forgeHandles = r.forgeHandles;
            roles = r.roles;
            isRoleMailbox = r.isRoleMailbox;
            owner = r.owner;
        }

        Contact build() {
            return new Contact(id, name, affiliation, email, phone, forgeHandles, roles, isRoleMailbox, owner);
        }
    }
}
