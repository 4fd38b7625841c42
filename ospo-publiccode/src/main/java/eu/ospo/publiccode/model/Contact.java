package eu.ospo.publiccode.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A technical contact ({@code maintenance.contacts[]}).
 *
 * @param name the person's name
 * @param email e-mail address
 * @param affiliation the organisation the person works for
 * @param phone phone number
 */
public record Contact(String name, Optional<String> email, Optional<String> affiliation, Optional<String> phone) {

    /** Checks for nulls. */
    public Contact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(phone, "phone");
    }
}
