package eu.ospo.model;

import eu.ospo.model.validation.NotBlankIfPresent;
import eu.ospo.model.validation.Slug;
import java.util.Objects;
import java.util.Optional;

/**
 * A seat in a decision body ({@code seats[]}).
 *
 * @param organisation the id of the organisation holding the seat
 * @param contact the id of the contact filling it
 */
public record Seat(@Slug String organisation, Optional<@NotBlankIfPresent String> contact) {

    /** Checks for nulls. */
    public Seat {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(contact, "contact");
    }
}
