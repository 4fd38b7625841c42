package eu.ospo.model;

import eu.ospo.model.validation.WellFormedIdentifier;
import java.util.Objects;

/**
 * An organisation's identifier in an external register ({@code organisations[].identifiers[]}).
 *
 * @param scheme the register
 * @param value the identifier, checked against the scheme's syntax by {@link WellFormedIdentifier}
 */
@WellFormedIdentifier
public record Identifier(IdentifierScheme scheme, String value) {

    /** Checks for nulls. */
    public Identifier {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Whether the value is well-formed under its scheme.
     *
     * @return true if {@link IdentifierScheme#isWellFormed(String)} accepts the value
     */
    public boolean isWellFormed() {
        return scheme.isWellFormed(value);
    }
}
