package eu.ospo.publiccode.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An organisation ({@code organisation}, and each item of {@code fundedBy}).
 *
 * @param uri a URI identifying the organisation: a URL, or a URN such as {@code
 *     urn:x-italian-pa:pcm}
 * @param name the organisation's name
 */
public record Organisation(String uri, Optional<String> name) {

    /** Checks for nulls. */
    public Organisation {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
    }
}
