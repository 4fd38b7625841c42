package eu.ospo.publiccode.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A company paid to maintain the software ({@code maintenance.contractors[]}).
 *
 * @param name the contractor's name
 * @param until the last day of the contract
 * @param email contact e-mail address
 * @param website the contractor's website
 */
public record Contractor(String name, LocalDate until, Optional<String> email, Optional<String> website) {

    /** Checks for nulls. */
    public Contractor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(website, "website");
    }
}
