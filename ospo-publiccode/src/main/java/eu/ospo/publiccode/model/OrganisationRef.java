package eu.ospo.publiccode.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference to an organisation in publiccode.yml ({@code organisation}, and each item of {@code
 * fundedBy}): a URI and an optional name. Not to be confused with {@code eu.ospo.model.Organisation},
 * a member of a prosumer community in governance.yml.
 *
 * @param uri a URI identifying the organisation: a URL, or a URN such as {@code
 *     urn:x-italian-pa:pcm}
 * @param name the organisation's name
 */
public record OrganisationRef(String uri, Optional<String> name) {

    /** Checks for nulls. */
    public OrganisationRef {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
    }
}
