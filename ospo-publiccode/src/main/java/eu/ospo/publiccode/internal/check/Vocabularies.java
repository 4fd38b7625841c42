package eu.ospo.publiccode.internal.check;

import java.util.List;

/** The controlled vocabularies of publiccode.yml, in their documented order. */
public final class Vocabularies {
    private Vocabularies() {}

    /**
     * The 106 categories.
     *
     * @return the categories
     */
    public static List<String> categories() {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * The 24 {@code intendedAudience.scope} values.
     *
     * @return the scopes
     */
    public static List<String> scopes() {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * The 9 {@code supports} aliases ({@code gdpr}, {@code eidas}, ...).
     *
     * @return the aliases
     */
    public static List<String> aliases() {
        throw new UnsupportedOperationException("TODO");
    }
}
