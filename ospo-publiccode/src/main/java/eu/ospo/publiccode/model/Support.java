package eu.ospo.publiccode.model;

import java.util.Objects;

/**
 * One item of {@code supports}: a regulation, platform or standard the software supports.
 *
 * @param id an alias ({@code alias:gdpr}) or a URI
 */
public record Support(String id) {

    /** Checks for nulls. */
    public Support {
        Objects.requireNonNull(id, "id");
    }
}
