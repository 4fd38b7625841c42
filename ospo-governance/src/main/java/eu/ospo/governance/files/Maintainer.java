package eu.ospo.governance.files;

import java.util.Objects;
import java.util.Optional;

/**
 * One person listed in a {@code MAINTAINERS} file.
 *
 * @param line the 1-based line the person is on
 * @param name the name as written (may be empty when only a handle or address is given)
 * @param handle the forge user name, without {@code @}
 * @param email the e-mail address
 * @param affiliation the organisation the person works for, as written
 * @param emeritus whether the person is listed as emeritus (former) rather than active
 */
public record Maintainer(
        int line,
        String name,
        Optional<String> handle,
        Optional<String> email,
        Optional<String> affiliation,
        boolean emeritus) {

    /** Checks for nulls. */
    public Maintainer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(affiliation, "affiliation");
    }
}
