package eu.ospo.publiccode.internal.check;

/**
 * Strict BCP 47 language tags checked against the bundled IANA language subtag registry
 * (publiccode-spec.md 3.11). Thread-safe; load once.
 */
public final class LanguageTags {

    /**
     * The shared instance, loaded from resources on first use.
     *
     * @return the instance
     */
    public static LanguageTags instance() {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Whether the tag is a well-formed RFC 5646 tag whose subtags are all registered: the language is
     * the shortest ISO 639 code ({@code en}, not {@code eng}), no 4-letter languages, extlang, script,
     * region and variants registered; grandfathered tags and {@code x-} private use accepted; {@code
     * en_GB} rejected. Case-insensitive.
     *
     * @param tag the tag
     * @return true if valid
     */
    public boolean isValid(String tag) {
        throw new UnsupportedOperationException("TODO");
    }
}
