package eu.ospo.publiccode.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A technical contact of publiccode.yml ({@code maintenance.contacts[]}): a name with optional
 * e-mail, affiliation and phone. Not to be confused with {@code eu.ospo.model.Contact}, a person of a
 * prosumer community in governance.yml.
 *
 * @param name the person's name
 * @param email e-mail address
 * @param affiliation the organisation the person works for
 * @param phone phone number
 */
public record MaintenanceContact(
        String name, Optional<String> email, Optional<String> affiliation, Optional<String> phone) {

    /** Checks for nulls. */
    public MaintenanceContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(phone, "phone");
    }
}
