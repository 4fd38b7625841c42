package eu.ospo.yaml.internal;

/**
 * A key path in the reference validator's dotted form: {@code description.en.screenshots[0]}; map
 * keys that are not plain letters are bracketed, {@code description[en-US].shortDescription}.
 * Immutable; rendering is cached.
 */
public final class KeyPath {

    /** The document root (renders as the empty string). */
    public static final KeyPath ROOT = new KeyPath(null, "", "");

    private final KeyPath parent;
    private final String segment;
    private final String text;

    private KeyPath(KeyPath parent, String segment, String text) {
        this.parent = parent;
        this.segment = segment;
        this.text = text;
    }

    /**
     * The path of a field below this one.
     *
     * @param name the field name
     * @return the child path
     */
    public KeyPath field(String name) {
        return new KeyPath(this, name, text.isEmpty() ? name : text + "." + name);
    }

    /**
     * The path of a free-form map key below this one (a language tag): {@code .en} when the key is
     * only letters, {@code [en-US]} otherwise.
     *
     * @param key the map key
     * @return the child path
     */
    public KeyPath key(String key) {
        if (isLetters(key)) {
            return field(key);
        }
        return new KeyPath(this, "[" + key + "]", text + "[" + key + "]");
    }

    /** Whether the key is one or more ASCII letters. */
    private static boolean isLetters(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return !key.isEmpty();
    }

    /**
     * The path of a list item below this one.
     *
     * @param index the 0-based index
     * @return the child path
     */
    public KeyPath index(int index) {
        String suffix = "[" + index + "]";
        return new KeyPath(this, segment + suffix, text + suffix);
    }

    /**
     * The last segment with its index, as the reference names a field in messages ({@code
     * countries[2]}, {@code shortDescription}).
     *
     * @return the field name
     */
    public String fieldName() {
        return segment;
    }

    /**
     * The parent path.
     *
     * @return the parent, or the root for the root
     */
    public KeyPath parent() {
        return parent == null ? ROOT : parent;
    }

    @Override
    public String toString() {
        return text;
    }
}
